# Cleanup of the keyflow fixture: runs after keys-use even when that failed, so the key never outlives the suite.
set_tests_properties(keys-delete PROPERTIES FIXTURES_CLEANUP keyflow FIXTURES_REQUIRED secrets-ledger)
