# Acceptance 1 runs in three processes (keys-create -> keys-use -> keys-delete) ordered by the keyflow fixture;
# every secret they create is looked for afterwards by tests/secrets (fixture secrets-ledger).
set_tests_properties(keys-create PROPERTIES FIXTURES_SETUP keyflow FIXTURES_REQUIRED secrets-ledger)
# Every depot.* logging category on: the key's creation is logged by every layer, and no line may hold it.
set_property(TEST keys-create APPEND PROPERTY ENVIRONMENT "QT_LOGGING_RULES=depot.*=true")
