#pragma once

#include "auth/Credential.h"
#include "graphql/HeaderProvider.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

// What the Wasmer tests share: the demo token of the local registry as a credential, and package folders to
// publish.
namespace WasmerFixtures {

inline const QString kDemoToken = QStringLiteral("wasmer-demo-token");

// "Authorization: Bearer <token>" for every request.
class TokenHeaders : public HeaderProvider
{
public:
    explicit TokenHeaders(const QString& token = kDemoToken)
        : m_value(QByteArrayLiteral("Bearer ") + token.toUtf8())
    {}
    Headers headersFor(const QUrl&) const override { return {{QByteArrayLiteral("Authorization"), m_value}}; }

private:
    QByteArray m_value;
};

inline bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A folder with a wasmer.toml, one module, a README and `extraBytes` of data in an [fs] folder: what `wasmer
// publish` takes. The module's bytes differ per version, so two versions are two archives.
inline bool writePackageFolder(const QString& folder, const QString& name, const QString& version,
                               qint64 extraBytes = 0)
{
    const QString manifest =
        QStringLiteral("[package]\nname = \"%1\"\nversion = \"%2\"\n"
                       "description = \"A package published by Depot's tests\"\nlicense = \"MIT\"\n"
                       "readme = \"README.md\"\n\n[[module]]\nname = \"hello\"\nsource = \"hello.wasm\"\n"
                       "abi = \"wasi\"\n\n[module.interfaces]\nwasi = \"0.1.0-unstable\"\n\n"
                       "[[command]]\nname = \"hello\"\nmodule = \"hello\"\n%3")
            .arg(name, version,
                 extraBytes > 0 ? QStringLiteral("\n[fs]\n\"/data\" = \"data\"\n") : QString());
    // Bytes gzip cannot shrink (a linear congruential generator's high bits): the archive stays as large.
    QByteArray data(extraBytes, '\0');
    quint64 state = 0x9e3779b97f4a7c15ULL;
    for (qint64 i = 0; i < extraBytes; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        data[i] = char(state >> 56);
    }
    return writeFile(folder + QStringLiteral("/wasmer.toml"), manifest.toUtf8()) &&
           writeFile(folder + QStringLiteral("/hello.wasm"),
                     QByteArrayLiteral("\0asm\1\0\0\0") + version.toUtf8()) &&
           writeFile(
               folder + QStringLiteral("/README.md"),
               QStringLiteral("# %1\n\nPublished by the tests, version %2.\n").arg(name, version).toUtf8()) &&
           (extraBytes == 0 || writeFile(folder + QStringLiteral("/data/blob.bin"), data));
}

} // namespace WasmerFixtures
