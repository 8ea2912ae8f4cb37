/* Arguments, environment, stdin, stdout, stderr and an exit code: wc for
 * stdin, with the arguments and one environment variable echoed. Exits with
 * the number of lines read (mod 256). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    for (int i = 0; i < argc; i++)
        printf("arg %d: %s\n", i, i == 0 ? "(program)" : argv[i]);
    const char *who = getenv("WHO");
    printf("WHO=%s\n", who ? who : "(unset)");
    long lines = 0, words = 0, bytes = 0;
    int in_word = 0, c;
    while ((c = getchar()) != EOF) {
        bytes++;
        if (c == '\n')
            lines++;
        if (c == ' ' || c == '\n' || c == '\t') {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }
    printf("stdin: %ld lines, %ld words, %ld bytes\n", lines, words, bytes);
    fprintf(stderr, "echo: done\n");
    return (int)(lines % 256);
}
