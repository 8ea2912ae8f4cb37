/* Native stand-ins for the host imports.  The oracle's host behaves
 * differently (host_add does not return a + b), so test_host's native value
 * is only a reference for this stub; compare test_host across engines. */
#include "dylink.h"

void host_log(int tag, int value)
{
    (void)tag;
    (void)value;
}

int host_add(int a, int b)
{
    return (int)((unsigned)a + (unsigned)b);
}
