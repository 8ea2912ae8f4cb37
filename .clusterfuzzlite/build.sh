#!/bin/bash -eu
# ClusterFuzzLite calls this; the build is the OSS-Fuzz one.
exec "$SRC/ccoracle/oss-fuzz/build.sh"
