set_tests_properties(keys-use PROPERTIES FIXTURES_REQUIRED "keyflow;secrets-ledger")
