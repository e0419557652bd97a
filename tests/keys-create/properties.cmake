# Acceptance 1 runs in three processes (keys-create -> keys-use -> keys-delete) ordered by the keyflow fixture;
# every secret they create is looked for afterwards by tests/secrets (fixture secrets-ledger).
set_tests_properties(keys-create PROPERTIES FIXTURES_SETUP keyflow FIXTURES_REQUIRED secrets-ledger)
