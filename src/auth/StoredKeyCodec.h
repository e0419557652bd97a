#pragma once

#include "Credential.h"

#include <QByteArray>

#include <optional>

// The form of an API-key Credential inside the keychain: one compact JSON object holding the header name and
// value and the key's non-secret identity (account, registry id), so a key read back needs no other store.
// The whole blob is the keychain entry's secret; it never goes anywhere else.
namespace StoredKeyCodec {
QByteArray encode(const Credential& key);
// Nothing for a blob that is not a valid stored key (another program's entry, a damaged one).
std::optional<Credential> decode(const QByteArray& blob);
} // namespace StoredKeyCodec
