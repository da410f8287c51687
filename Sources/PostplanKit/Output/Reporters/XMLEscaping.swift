/// Text made safe for an XML 1.0 document.
///
/// The five markup characters become entity references everywhere. Characters XML 1.0 does
/// not allow at all (most C0 controls, U+FFFE, U+FFFF) cannot even be written as references,
/// so they become U+FFFD, which shows a reader that something was there. Carriage returns,
/// and in attributes tabs and line feeds, become character references, because parsers
/// otherwise normalise them to line feeds and spaces.
enum XMLEscaping {
    /// For text between tags.
    static func text(_ value: String) -> String {
        escape(value, inAttribute: false)
    }

    /// For an attribute value in double quotes.
    static func attribute(_ value: String) -> String {
        escape(value, inAttribute: true)
    }

    private static func escape(_ value: String, inAttribute: Bool) -> String {
        var output = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\r": output += "&#13;"
            case "\n" where inAttribute: output += "&#10;"
            case "\t" where inAttribute: output += "&#9;"
            case "\t", "\n": output.unicodeScalars.append(scalar)
            case _ where isForbidden(scalar): output += "\u{FFFD}"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// Outside XML 1.0's `Char` production: controls other than tab, line feed and carriage
    /// return, and the two noncharacters U+FFFE and U+FFFF. (Swift strings hold no surrogates.)
    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
