#include "WasmerErrors.h"

#include <QCoreApplication>

namespace {

// What of a partial answer an error's path leaves out, in people's words: the last field it names.
QString missingPart(const QStringList& path)
{
    static const std::pair<const char*, const char*> parts[] = {
        {"readme", QT_TRANSLATE_NOOP("WasmerErrors", "the README")},
        {"license", QT_TRANSLATE_NOOP("WasmerErrors", "the licence")},
        {"signature", QT_TRANSLATE_NOOP("WasmerErrors", "the signature")},
        {"isSigned", QT_TRANSLATE_NOOP("WasmerErrors", "the signature")},
        {"dependencies", QT_TRANSLATE_NOOP("WasmerErrors", "the dependencies")},
        {"modules", QT_TRANSLATE_NOOP("WasmerErrors", "the modules")},
        {"commands", QT_TRANSLATE_NOOP("WasmerErrors", "the commands")},
        {"moduleInterfaces", QT_TRANSLATE_NOOP("WasmerErrors", "the interfaces")},
        {"filesystem", QT_TRANSLATE_NOOP("WasmerErrors", "the filesystem mappings")},
        {"distribution", QT_TRANSLATE_NOOP("WasmerErrors", "the download")},
        {"manifest", QT_TRANSLATE_NOOP("WasmerErrors", "the wasmer.toml")},
        {"versions", QT_TRANSLATE_NOOP("WasmerErrors", "the list of versions")},
        {"owner", QT_TRANSLATE_NOOP("WasmerErrors", "the owner")},
        {"totalDownloads", QT_TRANSLATE_NOOP("WasmerErrors", "the number of downloads")},
        {"packageVersions", QT_TRANSLATE_NOOP("WasmerErrors", "the packages that implement it")},
        {"content", QT_TRANSLATE_NOOP("WasmerErrors", "the interface text")},
    };
    for (auto step = path.crbegin(); step != path.crend(); ++step) {
        for (const auto& [field, words] : parts) {
            if (*step == QLatin1String(field))
                return QCoreApplication::translate("WasmerErrors", words);
        }
    }
    return {};
}

} // namespace

namespace WasmerErrors {

Error explain(Error error)
{
    if (error.kind != Error::Kind::GraphQl)
        return error;
    if (error.missingPart.isEmpty())
        error.missingPart = missingPart(error.path);
    const QString& message = error.message;
    const auto says = [&message](const char* words) {
        return message.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (says("invalid token") || says("token is invalid") || says("signature has expired") ||
        says("token has been revoked"))
        error.reason = Error::Reason::CredentialRefused;
    else if (says("not found") || says("does not exist"))
        error.reason = Error::Reason::NotFound;
    else if (says("permission") || says("not allowed") || says("not authorized"))
        error.reason = Error::Reason::Forbidden;
    else if (says("already exists"))
        error.reason = says("version") ? Error::Reason::VersionExists : Error::Reason::NameTaken;
    else if (says("login required") || says("authentication credentials were not provided"))
        error.reason = Error::Reason::NotSignedIn;
    return error;
}

Error wrongCredentials(Error error)
{
    // Only the registry's refusal of the password, not a network or server failure.
    const bool refused = error.kind == Error::Kind::GraphQl &&
                         (error.code == QLatin1String("UNAUTHENTICATED") ||
                          error.message.contains(QLatin1String("valid credentials"), Qt::CaseInsensitive));
    if (refused)
        error.reason = Error::Reason::WrongPassword;
    return error;
}

Error notSignedIn()
{
    Error error;
    error.kind = Error::Kind::GraphQl;
    error.reason = Error::Reason::NotSignedIn;
    error.message = QStringLiteral("viewer is null");
    return error;
}

Error notFound(const QString& name)
{
    Error error;
    error.kind = Error::Kind::GraphQl;
    error.reason = Error::Reason::NotFound;
    error.subject = name;
    error.message = QStringLiteral("%1: null answer").arg(name);
    return error;
}

} // namespace WasmerErrors
