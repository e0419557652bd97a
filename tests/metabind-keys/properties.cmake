# Every secret it creates (a sign-in token, a new key) is looked for afterwards by tests/secrets; every depot.*
# logging category on, so that a line holding one would be seen.
set_tests_properties(metabind-keys PROPERTIES FIXTURES_REQUIRED secrets-ledger)
set_property(TEST metabind-keys APPEND PROPERTY ENVIRONMENT "QT_LOGGING_RULES=depot.*=true")
