/*
 * The floor for any tool built on libyaml: read every file named, pull libyaml's events
 * from it, and do nothing else. postplan's benchmark compares `postplan validate` and
 * `postplan lint` with this.
 *
 *     cc -O2 -o libyaml-events Benchmarks/libyaml-events.c $(pkg-config --cflags --libs yaml-0.1)
 *     ./libyaml-events plans/items/*.yaml        # or: find plans -name '*.yaml' | xargs ./libyaml-events
 *
 * Like postplan, it reads each file into memory first and parses from the buffer, one file
 * at a time on one core. Prints the number of files, events and bytes; exits 1 if a file
 * cannot be read or parsed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

static int pull_events(const char *path, unsigned long *events, unsigned long *bytes) {
    FILE *file = fopen(path, "rb");
    if (!file) {
        perror(path);
        return 0;
    }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *buffer = malloc(size > 0 ? (size_t)size : 1);
    if (!buffer || fread(buffer, 1, (size_t)size, file) != (size_t)size) {
        fprintf(stderr, "%s: cannot read\n", path);
        fclose(file);
        free(buffer);
        return 0;
    }
    fclose(file);
    *bytes += (unsigned long)size;

    yaml_parser_t parser;
    yaml_event_t event;
    int ok = 1;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, buffer, (size_t)size);
    for (;;) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%lu:%lu: %s\n", path, (unsigned long)parser.problem_mark.line + 1,
                    (unsigned long)parser.problem_mark.column + 1, parser.problem ? parser.problem : "error");
            ok = 0;
            break;
        }
        (*events)++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    free(buffer);
    return ok;
}

int main(int argc, char **argv) {
    unsigned long events = 0, bytes = 0;
    int ok = 1;
    for (int i = 1; i < argc; i++) {
        ok &= pull_events(argv[i], &events, &bytes);
    }
    printf("%d files, %lu events, %lu bytes\n", argc - 1, events, bytes);
    return ok ? 0 : 1;
}
