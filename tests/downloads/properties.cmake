# The hand-made archives of tests/archive (hostile entries for Unpack to Folder…).
target_sources(tst_downloads PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/archive/TarBuilder.cpp)
