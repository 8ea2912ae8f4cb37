/* Native driver: prints "export_name value" for every exported test. */
#include <stdio.h>
#include "dylink.h"

int main(void)
{
    printf("test_stack %d\n", test_stack());
    printf("test_callbacks %d\n", test_callbacks());
    printf("test_data %d\n", test_data());
    printf("test_cross %d\n", test_cross());
    printf("test_fnptr_identity %d\n", test_fnptr_identity());
    printf("test_host %d\n", test_host());
    printf("run_all %d\n", run_all());
    return 0;
}
