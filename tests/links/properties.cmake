# The GUI test starts the built program (a running Depot and second launches), under a D-Bus daemon of its own.
target_compile_definitions(tst_links PRIVATE DEPOT_BINARY="$<TARGET_FILE:depot>")
add_dependencies(tst_links depot)
target_link_libraries(tst_links PRIVATE Qt6::DBus)
set_tests_properties(links PROPERTIES TIMEOUT 300)
