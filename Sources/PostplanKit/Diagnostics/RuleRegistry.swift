extension Rule {
    /// Every rule type, in listing order: grouped by category in the order the stages run.
    /// This is the one list of rules; `Rule.all`, `Rule.named`, `postplan rules`, SARIF's rule
    /// metadata and lint's strategy rules all come from it. A test fails when a rule type
    /// declared in the sources is missing here.
    static let definitions: [any RuleDefinition.Type] = [
        // Reading files
        UnreadableFileRule.self, SymlinkLoopRule.self, FileTooLargeRule.self, InvalidEncodingRule.self, YAMLSyntaxRule.self,
        TabIndentationRule.self, DuplicateKeyRule.self, UndefinedAliasRule.self, AliasLimitRule.self, DepthLimitRule.self,
        // Plan format
        NotAPlanRule.self, UnsupportedVersionRule.self, MultipleDocumentsRule.self, MissingFieldRule.self, WrongTypeRule.self,
        UnknownKeyRule.self, UnknownKindRule.self, UnknownPlatformRule.self, UnknownAccountTypeRule.self, UnknownChannelRule.self,
        VariantChannelRule.self, DuplicateIDRule.self, InvalidIDRule.self, InvalidDateRule.self, InvalidTimeRule.self,
        InvalidDurationRule.self, UnknownTimezoneRule.self, InvalidValueRule.self, AtOrRepeatRule.self, HashtagCommentRule.self,
        UnknownMetricRule.self, MeasurementOrderRule.self, ResultUnknownItemRule.self,
        // Platform rules
        TextLengthRule.self, HashtagCountRule.self, LinkCountRule.self, ForbiddenCharacterRule.self, PollUnsupportedRule.self,
        PollOptionCountRule.self, PollOptionLengthRule.self, PollQuestionLengthRule.self, PollDurationRule.self,
        PollDuplicateOptionRule.self, PollMediaRule.self, StoryUnsupportedRule.self, StoryExpiryRule.self, StoryTextOnlyRule.self,
        TitleRequiredRule.self, TitleLengthRule.self, TitleCharacterRule.self, TagsLengthRule.self, DocumentFormatRule.self, DocumentPagesRule.self,
        DocumentSizeRule.self, VideoDurationRule.self, MediaAspectRule.self, ShortDurationRule.self,
        ProductPageNeedsCompanyPageRule.self, CTARequiredRule.self, CTATypeRule.self, CTAURLRule.self, ProductNameTrademarkRule.self,
        ProductPageMediaRule.self, AdInTimelineRule.self, AdPlacementRule.self, AdNeedsPageRule.self, MediaRequiredRule.self,
        MediaTypeRule.self, MediaCountRule.self, MediaAloneRule.self, AltTextRequiredRule.self, AltTextLengthRule.self,
        MetricNotOnPlatformRule.self,
        ThreadUnsupportedRule.self,
        FirstCommentLengthRule.self,
        ContentWarningUnsupportedRule.self,
        LiveUnsupportedRule.self, LiveTitleLengthRule.self,
        // Scheduling
        NonexistentTimeRule.self, AmbiguousTimeRule.self, ReviewLeadTimeRule.self, ChannelGapRule.self, DailyLimitRule.self, WindowLimitRule.self,
        NoSlotsRule.self, QueueOverflowRule.self,
        // Strategy (lint)
        PromotionShareRule.self, FormatVarietyRule.self, EngagementBudgetRule.self, PollOtherOptionRule.self, BlueskyHashtagsRule.self,
        CampaignChannelRule.self, PillarCoverageRule.self, SilentChannelRule.self, MissingReplyPlanRule.self,
        UnreadyItemRule.self, EmptySlotRule.self,
        MissingResultRule.self,
        ThreadFirstPartRule.self,
        // Configuration and suppression (lint)
        UnknownRuleRule.self, UnusedSuppressionRule.self,
    ]
}
