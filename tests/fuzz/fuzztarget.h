#pragma once

// One fuzz target = one function with libFuzzer's signature. Built two ways (tests/fuzz/CMakeLists.txt):
// with -DSUARA_FUZZ=ON under clang it is linked with -fsanitize=fuzzer and explores; in every normal
// build it is linked with replay.cpp and runs over its kept corpus and past crash inputs as a ctest,
// so an input that once broke a parser stays a regression test.
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
