# The translation check runs the same lupdate as the depot_lupdate target (Qt6::lupdate from LinguistTools).
target_compile_definitions(tst_translations PRIVATE DEPOT_LUPDATE="$<TARGET_FILE:Qt6::lupdate>"
                           DEPOT_LRELEASE="$<TARGET_FILE:Qt6::lrelease>")
set_tests_properties(translations PROPERTIES TIMEOUT 300)
