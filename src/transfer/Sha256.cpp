#include "Sha256.h"

#include <nettle/sha2.h>

struct Sha256::Context
{
    sha256_ctx state;
};

Sha256::Sha256()
    : d(std::make_unique<Context>())
{
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    sha256_init(&d->state);
}

void Sha256::addData(const char* data, qint64 size)
{
    if (size > 0)
        sha256_update(&d->state, size_t(size), reinterpret_cast<const uint8_t*>(data));
}

QByteArray Sha256::hexResult() const
{
    // From a copy: sha256_digest() starts the context again, and the running digest goes on (a resumed
    // download adds to it).
    sha256_ctx copy = d->state;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&copy, SHA256_DIGEST_SIZE, digest);
    return QByteArray(reinterpret_cast<const char*>(digest), SHA256_DIGEST_SIZE).toHex();
}
