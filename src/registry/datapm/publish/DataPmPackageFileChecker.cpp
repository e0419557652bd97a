#include "DataPmPackageFileChecker.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringList>

namespace {

// Hostile files nest properties deeply; the schema's recursion is checked this deep and no deeper, so a
// fuzzer cannot exhaust the stack.
constexpr int kMaxDepth = 64;

bool isLowerAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

// A run of digits, a dot, digits, a dot, digits: ^[0-9]+\.[0-9]+\.[0-9]+$ without a regular expression.
bool isSemver(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return false;
    for (const QString& part : parts) {
        if (part.isEmpty())
            return false;
        for (const QChar c : part) {
            if (!isAsciiDigit(c))
                return false;
        }
    }
    return true;
}

struct Checker
{
    QList<FieldError> errors;

    void add(const QString& field, const QString& message) { errors.append({field, message, -1, -1}); }

    // A string field: present when `required`, text, at most `maxLength` characters. True when it is a
    // string.
    bool string(const QJsonObject& object, const QString& at, const QString& key, qsizetype maxLength,
                bool required)
    {
        const QString field = at + QLatin1Char('/') + key;
        const auto it = object.constFind(key);
        if (it == object.constEnd()) {
            if (required)
                add(field, DataPmPackageFileChecker::tr("This field is required."));
            return false;
        }
        if (!it->isString()) {
            add(field, DataPmPackageFileChecker::tr("This must be text."));
            return false;
        }
        if (it->toString().size() > maxLength) {
            add(field, DataPmPackageFileChecker::tr("This is too long: at most %n characters.", nullptr,
                                                    int(maxLength)));
            return false;
        }
        return true;
    }

    void requiredPresent(const QJsonObject& object, const QString& at, const QStringList& keys)
    {
        for (const QString& key : keys) {
            if (!object.contains(key))
                add(at + QLatin1Char('/') + key, DataPmPackageFileChecker::tr("This field is required."));
        }
    }

    void types(const QJsonValue& value, const QString& at, int depth)
    {
        if (!value.isObject()) {
            add(at, DataPmPackageFileChecker::tr("The types must be an object (type name → statistics)."));
            return;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString field = at + QLatin1Char('/') + it.key();
            if (!it->isObject()) {
                add(field, DataPmPackageFileChecker::tr("Each type must be an object."));
                continue;
            }
            const QJsonObject type = it->toObject();
            if (!type.value(QLatin1String("recordCount")).isDouble())
                add(field + QLatin1String("/recordCount"),
                    DataPmPackageFileChecker::tr("Each type needs a record count (a number)."));
            if (type.contains(QLatin1String("arrayTypes")) && depth < kMaxDepth)
                types(type.value(QLatin1String("arrayTypes")), field + QLatin1String("/arrayTypes"),
                      depth + 1);
        }
    }

    void properties(const QJsonValue& value, const QString& at, int depth)
    {
        if (depth >= kMaxDepth) {
            add(at, DataPmPackageFileChecker::tr("The properties are nested too deeply."));
            return;
        }
        if (!value.isObject()) {
            add(at, DataPmPackageFileChecker::tr("The properties must be an object (name → property)."));
            return;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString field = at + QLatin1Char('/') + it.key();
            if (!it->isObject()) {
                add(field, DataPmPackageFileChecker::tr("Each property must be an object."));
                continue;
            }
            const QJsonObject property = it->toObject();
            requiredPresent(property, field, {QStringLiteral("title"), QStringLiteral("types")});
            if (property.contains(QLatin1String("types")))
                types(property.value(QLatin1String("types")), field + QLatin1String("/types"), depth + 1);
            if (property.contains(QLatin1String("properties")))
                properties(property.value(QLatin1String("properties")), field + QLatin1String("/properties"),
                           depth + 1);
        }
    }

    void schemas(const QJsonValue& value)
    {
        const QString at = QStringLiteral("/schemas");
        if (!value.isArray()) {
            add(at, DataPmPackageFileChecker::tr("The schemas must be a list."));
            return;
        }
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString field = at + QLatin1Char('/') + QString::number(i);
            if (!list.at(i).isObject()) {
                add(field, DataPmPackageFileChecker::tr("Each schema must be an object."));
                continue;
            }
            const QJsonObject schema = list.at(i).toObject();
            if (schema.contains(QLatin1String("title")))
                string(schema, field, QStringLiteral("title"), 512, false);
            if (schema.contains(QLatin1String("properties")))
                properties(schema.value(QLatin1String("properties")), field + QLatin1String("/properties"),
                           0);
        }
    }

    void streamSets(const QJsonValue& value, const QString& at)
    {
        if (!value.isArray()) {
            add(at, DataPmPackageFileChecker::tr("The stream sets must be a list."));
            return;
        }
        static const QStringList methods{QStringLiteral("CONTINUOUS"), QStringLiteral("BATCH_FULL_SET"),
                                         QStringLiteral("APPEND_ONLY_LOG")};
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString field = at + QLatin1Char('/') + QString::number(i);
            if (!list.at(i).isObject()) {
                add(field, DataPmPackageFileChecker::tr("Each stream set must be an object."));
                continue;
            }
            const QJsonObject set = list.at(i).toObject();
            string(set, field, QStringLiteral("slug"), 128, true);
            if (!set.contains(QLatin1String("schemaTitles")))
                add(field + QLatin1String("/schemaTitles"),
                    DataPmPackageFileChecker::tr("This field is required."));
            else if (!set.value(QLatin1String("schemaTitles")).isArray())
                add(field + QLatin1String("/schemaTitles"),
                    DataPmPackageFileChecker::tr("This must be a list."));
            const QJsonValue update = set.value(QLatin1String("updateMethods"));
            if (update.isUndefined()) {
                add(field + QLatin1String("/updateMethods"),
                    DataPmPackageFileChecker::tr("This field is required."));
                continue;
            }
            bool ok = update.isArray();
            for (const QJsonValue& method : update.toArray())
                ok = ok && methods.contains(method.toString());
            if (!ok)
                add(field + QLatin1String("/updateMethods"),
                    DataPmPackageFileChecker::tr("The update methods must be a list of CONTINUOUS, "
                                                 "BATCH_FULL_SET or APPEND_ONLY_LOG."));
        }
    }

    void sources(const QJsonValue& value)
    {
        const QString at = QStringLiteral("/sources");
        if (!value.isArray()) {
            add(at, DataPmPackageFileChecker::tr("The sources must be a list."));
            return;
        }
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString field = at + QLatin1Char('/') + QString::number(i);
            if (!list.at(i).isObject()) {
                add(field, DataPmPackageFileChecker::tr("Each source must be an object."));
                continue;
            }
            const QJsonObject source = list.at(i).toObject();
            string(source, field, QStringLiteral("slug"), 128, true);
            string(source, field, QStringLiteral("type"), 128, true);
            const QJsonValue connection = source.value(QLatin1String("connectionConfiguration"));
            if (connection.isUndefined())
                add(field + QLatin1String("/connectionConfiguration"),
                    DataPmPackageFileChecker::tr("This field is required."));
            else if (!connection.isObject())
                add(field + QLatin1String("/connectionConfiguration"),
                    DataPmPackageFileChecker::tr("This must be an object."));
            if (!source.contains(QLatin1String("streamSets")))
                add(field + QLatin1String("/streamSets"),
                    DataPmPackageFileChecker::tr("This field is required."));
            else
                streamSets(source.value(QLatin1String("streamSets")), field + QLatin1String("/streamSets"));
        }
    }

    // Exactly one of `markdown` / `file` when `required`, never both.
    void oneOf(const QJsonObject& file, const QString& markdown, const QString& path, bool required,
               const QString& missingMessage)
    {
        const bool hasMarkdown = file.contains(markdown);
        const bool hasFile = file.contains(path);
        if (hasMarkdown && hasFile)
            add(QLatin1Char('/') + path,
                DataPmPackageFileChecker::tr("Give either the text or a file name, not both."));
        else if (required && !hasMarkdown && !hasFile)
            add(QLatin1Char('/') + markdown, missingMessage);
    }

    void file(const QJsonObject& file)
    {
        using C = DataPmPackageFileChecker;
        const QString root;
        if (string(file, root, QStringLiteral("packageSlug"), C::kMaxSlugLength, true) &&
            !C::isValidPackageSlug(file.value(QLatin1String("packageSlug")).toString()))
            add(QStringLiteral("/packageSlug"),
                C::tr(
                    "Use lower-case letters and digits, joined by a dot, one or two underscores or hyphens; "
                    "start and end with a letter or digit."));
        if (string(file, root, QStringLiteral("displayName"), C::kMaxDisplayNameLength, true) &&
            !C::isValidDisplayName(file.value(QLatin1String("displayName")).toString()))
            add(QStringLiteral("/displayName"), C::tr("Start with a letter, then use at least one more "
                                                      "letter, digit, space or one of _ - % * + \\."));
        string(file, root, QStringLiteral("description"), C::kMaxMarkdownLength, true);
        if (string(file, root, QStringLiteral("version"), 128, true) &&
            !C::isValidVersion(file.value(QLatin1String("version")).toString()))
            add(QStringLiteral("/version"), C::tr("Write the version as three numbers, like 1.0.0."));
        if (string(file, root, QStringLiteral("updatedDate"), 128, true)) {
            const QString date = file.value(QLatin1String("updatedDate")).toString();
            if (!QDateTime::fromString(date, Qt::ISODateWithMs).isValid() &&
                !QDateTime::fromString(date, Qt::ISODate).isValid())
                add(QStringLiteral("/updatedDate"),
                    C::tr("This must be a date and time like 2024-01-31T12:00:00Z."));
        }
        if (!file.contains(QLatin1String("canonical")))
            add(QStringLiteral("/canonical"), C::tr("This field is required."));
        else if (!file.value(QLatin1String("canonical")).isBool())
            add(QStringLiteral("/canonical"), C::tr("This must be true or false."));
        string(file, root, QStringLiteral("generatedBy"), 256, false);
        string(file, root, QStringLiteral("website"), 1024, false);
        string(file, root, QStringLiteral("contactEmail"), 1024, false);
        string(file, root, QStringLiteral("readmeMarkdown"), C::kMaxMarkdownLength, false);
        string(file, root, QStringLiteral("licenseMarkdown"), C::kMaxMarkdownLength, false);
        string(file, root, QStringLiteral("readmeFile"), 1024, false);
        string(file, root, QStringLiteral("licenseFile"), 1024, false);
        // With the current $schema the server requires both texts; without it, it upgrades the file and
        // fills in the licence itself.
        const bool current =
            file.value(QLatin1String("$schema")).toString() == QLatin1String(C::kCurrentSchema);
        oneOf(file, QStringLiteral("readmeMarkdown"), QStringLiteral("readmeFile"), current,
              C::tr("A README is required."));
        oneOf(file, QStringLiteral("licenseMarkdown"), QStringLiteral("licenseFile"), current,
              C::tr("A licence is required."));
        if (!file.contains(QLatin1String("schemas")))
            add(QStringLiteral("/schemas"), C::tr("This field is required."));
        else
            schemas(file.value(QLatin1String("schemas")));
        if (!file.contains(QLatin1String("sources")))
            add(QStringLiteral("/sources"), C::tr("This field is required."));
        else
            sources(file.value(QLatin1String("sources")));
    }
};

// 1-based line and column (in characters) of byte `offset` of `text`.
std::pair<int, int> position(const QByteArray& text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    const QByteArrayView before(text.constData(), offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.sliced(lineStart)).size()) + 1;
    return {line, column};
}

std::optional<QString> stringField(const QJsonObject& file, QLatin1String key)
{
    const QJsonValue value = file.value(key);
    if (!value.isString())
        return std::nullopt;
    return value.toString();
}

void apply(QJsonObject& file, const QString& key, const std::optional<QString>& value)
{
    if (value)
        file.insert(key, *value);
}

} // namespace

bool DataPmPackageFileChecker::isValidPackageSlug(const QString& slug)
{
    // ^[a-z0-9]+(?:(?:(?:[._]|__|[-]*)[a-z0-9]+)+)?$ by hand: runs of [a-z0-9] joined by ".", "_", "__" or
    // hyphens. The expression's nested quantifiers backtrack exponentially on a near miss.
    if (slug.isEmpty() || !isLowerAlnum(slug.front()) || !isLowerAlnum(slug.back()))
        return false;
    qsizetype i = 0;
    while (i < slug.size()) {
        if (isLowerAlnum(slug.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < slug.size() && !isLowerAlnum(slug.at(i)))
            ++i;
        const QStringView separator = QStringView(slug).sliced(start, i - start);
        const bool hyphens =
            std::all_of(separator.begin(), separator.end(), [](QChar c) { return c == QLatin1Char('-'); });
        if (!hyphens && separator != QLatin1String(".") && separator != QLatin1String("_") &&
            separator != QLatin1String("__"))
            return false;
    }
    return true;
}

bool DataPmPackageFileChecker::isValidDisplayName(const QString& name)
{
    // ^[a-zA-Z][a-zA-z0-9 _\-%*\\+]+$ — the schema's "A-z" also admits [ \ ] ^ _ and `, so they pass here
    // too.
    if (name.size() < 2 || !isAsciiLetter(name.front()))
        return false;
    for (qsizetype i = 1; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('z')) || isAsciiDigit(c) ||
                        QStringView(u" _-%*\\+").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool DataPmPackageFileChecker::isValidVersion(const QString& version)
{
    return version.size() <= 128 && isSemver(version);
}

QJsonObject DataPmPackageFileChecker::merged(const QByteArray& text, const PackageFileFields& overrides)
{
    const QJsonDocument document = QJsonDocument::fromJson(text);
    if (!document.isObject())
        return {};
    QJsonObject file = document.object();
    apply(file, QStringLiteral("packageSlug"), overrides.packageSlug);
    apply(file, QStringLiteral("displayName"), overrides.displayName);
    apply(file, QStringLiteral("description"), overrides.description);
    apply(file, QStringLiteral("version"), overrides.version);
    // A README or licence text chosen in the form replaces a file reference: Depot sends the text itself.
    if (overrides.readmeMarkdown) {
        file.remove(QStringLiteral("readmeFile"));
        file.insert(QStringLiteral("readmeMarkdown"), *overrides.readmeMarkdown);
    }
    if (overrides.licenseMarkdown) {
        file.remove(QStringLiteral("licenseFile"));
        file.insert(QStringLiteral("licenseMarkdown"), *overrides.licenseMarkdown);
    }
    return file;
}

PackageFileCheck DataPmPackageFileChecker::check(const QByteArray& text, const PackageFileFields& overrides)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        PackageFileCheck check;
        const auto [line, column] = position(text, parseError.offset);
        check.errors.append({QString(),
                             tr("The file is not valid JSON: %1 (line %2, column %3).")
                                 .arg(parseError.errorString())
                                 .arg(line)
                                 .arg(column),
                             line, column});
        return check;
    }
    if (!document.isObject()) {
        PackageFileCheck check;
        check.errors.append({QString(), tr("The file must hold one JSON object."), -1, -1});
        return check;
    }
    return check(merged(text, overrides));
}

PackageFileCheck DataPmPackageFileChecker::check(const QJsonObject& file)
{
    PackageFileCheck result;
    result.parsed = true;
    Checker checker;
    checker.file(file);
    result.errors = std::move(checker.errors);
    result.fields.packageSlug = stringField(file, QLatin1String("packageSlug"));
    result.fields.displayName = stringField(file, QLatin1String("displayName"));
    result.fields.description = stringField(file, QLatin1String("description"));
    result.fields.version = stringField(file, QLatin1String("version"));
    result.fields.readmeMarkdown = stringField(file, QLatin1String("readmeMarkdown"));
    result.fields.licenseMarkdown = stringField(file, QLatin1String("licenseMarkdown"));
    return result;
}
