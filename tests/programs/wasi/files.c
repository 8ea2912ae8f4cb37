/* The in-memory file system: read a file of the preopened directory, write
 * a report file, read it back, and list what failed the way it should. */
#include <stdio.h>
#include <string.h>
#include <errno.h>

int main(void) {
    FILE *in = fopen("data/numbers.txt", "r");
    if (!in) { printf("open data/numbers.txt: errno %d\n", errno); return 2; }
    long sum = 0, count = 0, x;
    while (fscanf(in, "%ld", &x) == 1) { sum += x; count++; }
    fclose(in);
    printf("read %ld numbers, sum %ld\n", count, sum);
    FILE *out = fopen("report.txt", "w");
    if (!out) { printf("open report.txt: errno %d\n", errno); return 3; }
    fprintf(out, "count=%ld\nsum=%ld\n", count, sum);
    fclose(out);
    char line[64];
    FILE *back = fopen("report.txt", "r");
    while (back && fgets(line, sizeof line, back)) printf("report: %s", line);
    if (back) fclose(back);
    FILE *missing = fopen("no/such/file", "r");
    printf("missing file: %s\n", missing ? "opened?!" : "not found");
    return 0;
}
