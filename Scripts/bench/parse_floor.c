/*
 * parse_floor: the "parse floor" of issue 5. It reads every file it is given and runs ONLY
 * libyaml's event parser over it (yaml_parser_parse until the stream ends), single-threaded,
 * building nothing. Whatever wflint does, it cannot read the same YAML through libyaml faster
 * than this; JSON files are parsed by libyaml too (JSON is YAML), which is the bar issue 5 sets.
 *
 *   parse_floor PATH...      files, or directories walked for *.json, *.yaml, *.yml
 *                            (hidden directories such as .git skipped, like wflint's walk)
 *   parse_floor -l LIST      also: the paths listed in LIST, one a line
 *
 * Prints "files N, documents N, events N, bytes N, syntax errors N" on standard error.
 * Exit code: 0, or 2 when a path cannot be read. A syntax error is counted, not fatal: the
 * parser stops at it, as a linter's reader does.
 *
 * Build: cc -O2 -o parse_floor parse_floor.c -lyaml
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <yaml.h>

struct totals {
    unsigned long files, documents, events, bytes, syntax_errors, unreadable;
};

/* One buffer reused for every file: wflint also has to bring each file's bytes into memory. */
static unsigned char *buffer;
static size_t buffer_size;

static int read_whole_file(const char *path, size_t *length) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    struct stat st;
    if (fstat(fd, &st) != 0) { close(fd); return -1; }
    size_t want = (size_t)st.st_size + 1;
    if (want > buffer_size) {
        unsigned char *grown = realloc(buffer, want);
        if (!grown) { close(fd); return -1; }
        buffer = grown;
        buffer_size = want;
    }
    size_t used = 0;
    for (;;) {
        if (used == buffer_size) {  /* the file grew since fstat */
            unsigned char *grown = realloc(buffer, buffer_size * 2);
            if (!grown) { close(fd); return -1; }
            buffer = grown;
            buffer_size *= 2;
        }
        ssize_t n = read(fd, buffer + used, buffer_size - used);
        if (n < 0) { if (errno == EINTR) continue; close(fd); return -1; }
        if (n == 0) break;
        used += (size_t)n;
    }
    close(fd);
    *length = used;
    return 0;
}

static void parse_file(const char *path, struct totals *t) {
    size_t length;
    if (read_whole_file(path, &length) != 0) {
        fprintf(stderr, "parse_floor: %s: %s\n", path, strerror(errno));
        t->unreadable++;
        return;
    }
    t->files++;
    t->bytes += length;

    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "parse_floor: out of memory\n");
        exit(2);
    }
    yaml_parser_set_input_string(&parser, buffer, length);
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            t->syntax_errors++;
            break;
        }
        yaml_event_type_t type = event.type;
        t->events++;
        if (type == YAML_DOCUMENT_START_EVENT) t->documents++;
        yaml_event_delete(&event);
        if (type == YAML_STREAM_END_EVENT) break;
    }
    yaml_parser_delete(&parser);
}

static int wanted_name(const char *name) {
    const char *dot = strrchr(name, '.');
    return dot && (!strcmp(dot, ".json") || !strcmp(dot, ".yaml") || !strcmp(dot, ".yml"));
}

static int by_name(const struct dirent **a, const struct dirent **b) {
    return strcmp((*a)->d_name, (*b)->d_name);
}

static void walk(const char *path, struct totals *t);

static void walk_directory(const char *path, struct totals *t) {
    struct dirent **entries;
    int n = scandir(path, &entries, NULL, by_name);
    if (n < 0) {
        fprintf(stderr, "parse_floor: %s: %s\n", path, strerror(errno));
        t->unreadable++;
        return;
    }
    for (int i = 0; i < n; i++) {
        const char *name = entries[i]->d_name;
        if (name[0] != '.') {
            char *child;
            if (asprintf(&child, "%s/%s", path, name) < 0) exit(2);
            struct stat st;
            if (stat(child, &st) == 0 && S_ISDIR(st.st_mode)) walk_directory(child, t);
            else if (wanted_name(name)) parse_file(child, t);
            free(child);
        }
        free(entries[i]);
    }
    free(entries);
}

static void walk(const char *path, struct totals *t) {
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) walk_directory(path, t);
    else parse_file(path, t);  /* a file named explicitly is parsed whatever its name */
}

static void walk_list(const char *list_path, struct totals *t) {
    FILE *list = fopen(list_path, "r");
    if (!list) {
        fprintf(stderr, "parse_floor: %s: %s\n", list_path, strerror(errno));
        exit(2);
    }
    char *line = NULL;
    size_t capacity = 0;
    ssize_t n;
    while ((n = getline(&line, &capacity, list)) > 0) {
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
        if (n > 0) walk(line, t);
    }
    free(line);
    fclose(list);
}

int main(int argc, char **argv) {
    struct totals t = {0};
    if (argc < 2) {
        fprintf(stderr, "usage: parse_floor [-l LIST] PATH...\n");
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-l") && i + 1 < argc) walk_list(argv[++i], &t);
        else walk(argv[i], &t);
    }
    fprintf(stderr, "files %lu, documents %lu, events %lu, bytes %lu, syntax errors %lu\n",
            t.files, t.documents, t.events, t.bytes, t.syntax_errors);
    free(buffer);
    return t.unreadable ? 2 : 0;
}
