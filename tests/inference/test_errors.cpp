#include <gtest/gtest.h>

#include "formats/dtype.h"
#include "platform/mapped_file.h"
#include "qwendesk/errors.h"

using namespace qwendesk;

TEST(MappedFile, MissingFileIsFileNotFound) {
    try {
        MappedFile f("/nonexistent/qwendesk/file.bin");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::FileNotFound);
        EXPECT_NE(std::string(e.what()).find("file.bin"), std::string::npos);
    }
}

TEST(DType, RowBytesRespectBlocks) {
    EXPECT_EQ(row_bytes(DType::Q8_0, 64), 68u);
    EXPECT_EQ(row_bytes(DType::Q4_K, 512), 288u);
    EXPECT_FALSE(row_bytes(DType::Q4_K, 100).has_value());
    EXPECT_EQ(row_bytes(DType::BF16, 3), 6u);
}
