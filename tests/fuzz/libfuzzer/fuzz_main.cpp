// One libFuzzer executable per entry of FuzzEntries: tests/fuzz/CMakeLists.txt compiles this file once per
// target with DEPOT_FUZZ_ENTRY set to the entry's function name.
#include "FuzzEntries.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    // No copy: the decoders only read. The size cast is safe, libFuzzer inputs are far below 2 GiB.
    FuzzEntries::DEPOT_FUZZ_ENTRY(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
