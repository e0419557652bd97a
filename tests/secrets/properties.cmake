# The secrets scan runs after everything else: it is the cleanup of the secrets-ledger fixture (which every test
# that creates secrets requires, so `ctest -R keys` runs it too) and depends on every other test of the suite, so
# CTest's log of their output (build/Testing) is complete when it looks.
set_tests_properties(secrets PROPERTIES FIXTURES_CLEANUP secrets-ledger RUN_SERIAL TRUE)
target_compile_definitions(tst_secrets PRIVATE DEPOT_TESTING_DIR="${CMAKE_BINARY_DIR}/Testing")
function(depot_secrets_run_last)
  get_property(other_tests DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR} PROPERTY TESTS)
  list(REMOVE_ITEM other_tests secrets)
  set_tests_properties(secrets PROPERTIES DEPENDS "${other_tests}")
endfunction()
# Deferred to the end of tests/CMakeLists.txt: areas after "secrets" and the tests added after the loop exist then.
cmake_language(DEFER CALL depot_secrets_run_last)
