// main() for every GoogleTest suite: a suite in which nothing passed and everything was skipped (its fixtures
// or its device are absent) exits with 77, which CTest reports as "Skipped" (SKIP_RETURN_CODE). A suite in
// which some tests pass and others skip, or anything fails, reports its real result.
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    const auto* unit = ::testing::UnitTest::GetInstance();
    if (result == 0 && unit->successful_test_count() == 0 && unit->skipped_test_count() > 0) return 77;
    return result;
}
