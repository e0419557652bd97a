# The console test creates an API key and keeps it in the keychain: tests/secrets looks for it afterwards.
set_tests_properties(console PROPERTIES FIXTURES_REQUIRED secrets-ledger)
# Every depot.* logging category on: running a query with the stored key is logged by every layer, and no line
# may hold the key (the test checks its own lines; tests/secrets scans this run's output again).
set_property(TEST console APPEND PROPERTY ENVIRONMENT "QT_LOGGING_RULES=depot.*=true")
