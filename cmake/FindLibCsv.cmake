# libcsv (Debian: libcsv-dev, run time libcsv3) ships neither a CMake package nor a pkg-config file.
# Defines the imported target LibCsv::LibCsv.
find_path(LIBCSV_INCLUDE_DIR csv.h)
find_library(LIBCSV_LIBRARY csv)

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(LibCsv REQUIRED_VARS LIBCSV_LIBRARY LIBCSV_INCLUDE_DIR)
mark_as_advanced(LIBCSV_INCLUDE_DIR LIBCSV_LIBRARY)

if(LibCsv_FOUND AND NOT TARGET LibCsv::LibCsv)
  add_library(LibCsv::LibCsv UNKNOWN IMPORTED)
  set_target_properties(LibCsv::LibCsv PROPERTIES IMPORTED_LOCATION "${LIBCSV_LIBRARY}"
                        INTERFACE_INCLUDE_DIRECTORIES "${LIBCSV_INCLUDE_DIR}")
endif()
