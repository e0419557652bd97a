#include "DataPmCsvInference.h"

#include "DataPmPackageFileChecker.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

QChar delimiterOf(const QString& text)
{
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    QChar best = QLatin1Char(',');
    qsizetype bestCount = firstLine.count(best);
    for (const QChar candidate : {QLatin1Char(';'), QLatin1Char('\t')}) {
        const qsizetype count = firstLine.count(candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

// A type that also holds every value of `a` and of `b`.
QString widen(const QString& a, const QString& b)
{
    if (a.isEmpty() || a == b)
        return b;
    if (b.isEmpty())
        return a;
    const QSet<QString> pair{a, b};
    if (pair == QSet<QString>{QStringLiteral("integer"), QStringLiteral("number")})
        return QStringLiteral("number");
    if (pair == QSet<QString>{QStringLiteral("date"), QStringLiteral("date-time")})
        return QStringLiteral("date-time");
    return QStringLiteral("string");
}

QString displayNameFor(const QString& slug)
{
    // Display names start with a letter and hold letters, digits, spaces and a few signs (the schema's
    // pattern).
    QString name;
    for (const QChar c : slug)
        name.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char(' '));
    name = name.simplified();
    while (!name.isEmpty() && !name.front().isLetter())
        name.remove(0, 1);
    if (name.size() < 2)
        name = QStringLiteral("Data %1").arg(name).trimmed();
    name[0] = name[0].toUpper();
    return name.left(DataPmPackageFileChecker::kMaxDisplayNameLength);
}

} // namespace

QList<QStringList> DataPmCsvInference::parse(const QByteArray& bytes, bool complete, int maxRows)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1); // a byte-order mark is not part of the first column's name
    const QChar delimiter = delimiterOf(text);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const auto endRow = [&] {
        row.append(field);
        field.clear();
        fieldStarted = false;
        if (!(row.size() == 1 && row.first().isEmpty()))
            rows.append(row); // blank lines are not rows
        row.clear();
    };
    for (qsizetype i = 0; i < text.size() && rows.size() < maxRows; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == delimiter) {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            endRow();
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            endRow();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    // A last row without a line end is a row only when the text is whole; a cut-off text ends mid-row.
    if (complete && rows.size() < maxRows && (fieldStarted || !row.isEmpty()))
        endRow();
    return rows;
}

QString DataPmCsvInference::typeOf(const QString& raw)
{
    const QString value = raw.trimmed();
    if (value.isEmpty())
        return {};
    if (value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
        value.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("boolean");
    bool ok = false;
    value.toLongLong(&ok);
    if (ok && !value.startsWith(QLatin1Char('+')))
        return QStringLiteral("integer");
    const double number = value.toDouble(&ok);
    if (ok && std::isfinite(number) && !value.startsWith(QLatin1Char('+')) &&
        !value.contains(QLatin1Char('x'), Qt::CaseInsensitive))
        return QStringLiteral("number");
    if (value.size() == 10 && QDate::fromString(value, Qt::ISODate).isValid())
        return QStringLiteral("date");
    if (value.size() > 10 && value.at(10) == QLatin1Char('T') &&
        (QDateTime::fromString(value, Qt::ISODateWithMs).isValid() ||
         QDateTime::fromString(value, Qt::ISODate).isValid()))
        return QStringLiteral("date-time");
    return QStringLiteral("string");
}

DataPmCsvInference::Table DataPmCsvInference::infer(const QList<QStringList>& rows, bool complete)
{
    Table table;
    table.complete = complete;
    if (rows.isEmpty())
        return table;
    QSet<QString> seen;
    const QStringList& header = rows.first();
    for (qsizetype i = 0; i < header.size(); ++i) {
        QString name = header.at(i).trimmed();
        if (name.isEmpty())
            name = QStringLiteral("column_%1").arg(i + 1);
        // Property names are object keys: a repeated header gets a number.
        const QString base = name;
        for (int n = 2; seen.contains(name); ++n)
            name = QStringLiteral("%1_%2").arg(base).arg(n);
        seen.insert(name);
        Column column;
        column.name = name;
        table.columns.append(column);
    }
    const qsizetype last = std::min<qsizetype>(rows.size(), kMaxRows + 1);
    for (qsizetype r = 1; r < last; ++r) {
        const QStringList& row = rows.at(r);
        ++table.rows;
        for (qsizetype c = 0; c < table.columns.size() && c < row.size(); ++c) {
            const QString value = row.at(c).trimmed();
            const QString type = typeOf(value);
            if (type.isEmpty())
                continue;
            Column& column = table.columns[c];
            const bool first = column.valueCount == 0;
            ++column.valueCount;
            column.type = widen(column.type, type);
            column.minLength = first ? value.size() : std::min(column.minLength, value.size());
            column.maxLength = first ? value.size() : std::max(column.maxLength, value.size());
            if (type == QLatin1String("integer") || type == QLatin1String("number")) {
                const double number = value.toDouble();
                const bool firstNumber = column.numberCount++ == 0;
                column.minNumber = firstNumber ? number : std::min(column.minNumber, number);
                column.maxNumber = firstNumber ? number : std::max(column.maxNumber, number);
            }
        }
    }
    for (Column& column : table.columns) {
        if (column.type.isEmpty())
            column.type = QStringLiteral("string"); // no value seen: nothing says otherwise
    }
    return table;
}

QString DataPmCsvInference::slugFor(const QUrl& source)
{
    QString base = QFileInfo(source.path()).completeBaseName().toLower();
    QString slug;
    for (const QChar c : base) {
        const bool alnum = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (alnum)
            slug.append(c);
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    slug = slug.left(DataPmPackageFileChecker::kMaxSlugLength);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (!DataPmPackageFileChecker::isValidPackageSlug(slug))
        slug = QStringLiteral("data");
    return slug;
}

QJsonObject DataPmCsvInference::packageFile(const Table& table, const QUrl& source,
                                            const PackageFileFields& fields)
{
    const QString slug = fields.packageSlug.value_or(slugFor(source));
    const QString title = QString(slug).replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString displayName = fields.displayName.value_or(displayNameFor(slug));
    const QString where =
        source.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);

    QJsonObject properties;
    QStringList readmeRows;
    for (const Column& column : table.columns) {
        QJsonObject stats{{QStringLiteral("recordCount"), column.valueCount}};
        if (column.type == QLatin1String("integer") || column.type == QLatin1String("number")) {
            stats.insert(QStringLiteral("numberMinValue"), column.minNumber);
            stats.insert(QStringLiteral("numberMaxValue"), column.maxNumber);
        } else if (column.type == QLatin1String("string")) {
            stats.insert(QStringLiteral("stringMinLength"), column.minLength);
            stats.insert(QStringLiteral("stringMaxLength"), column.maxLength);
        }
        properties.insert(column.name,
                          QJsonObject{{QStringLiteral("title"), column.name},
                                      {QStringLiteral("types"), QJsonObject{{column.type, stats}}}});
        readmeRows.append(QStringLiteral("| `%1` | %2 |").arg(column.name, column.type));
    }
    const QString readme = fields.readmeMarkdown.value_or(
        QCoreApplication::translate(
            "DataPmCsvInference", "# %1\n\nData from %2.\n\n## Columns\n\n| Column | Type |\n|---|---|\n%3\n")
            .arg(displayName, where, readmeRows.join(QLatin1Char('\n'))));
    const QString license = fields.licenseMarkdown.value_or(
        QCoreApplication::translate("DataPmCsvInference", "No licence has been given for this data yet."));
    const QString description = fields.description.value_or(
        QCoreApplication::translate("DataPmCsvInference", "Data from %1.").arg(source.host()));

    const QJsonObject schema{{QStringLiteral("title"), title},
                             {QStringLiteral("recordCount"), table.rows},
                             {QStringLiteral("recordCountPrecision"),
                              table.complete ? QStringLiteral("EXACT") : QStringLiteral("GREATER_THAN")},
                             {QStringLiteral("properties"), properties}};
    const QJsonObject streamSet{
        {QStringLiteral("slug"), title},
        {QStringLiteral("schemaTitles"), QJsonArray{title}},
        {QStringLiteral("updateMethods"), QJsonArray{QStringLiteral("BATCH_FULL_SET")}}};
    // The source is the URL the rows came from: a published file never points at the publisher's disk.
    const QJsonObject dataSource{
        {QStringLiteral("slug"), QStringLiteral("csv")},
        {QStringLiteral("type"), QStringLiteral("http")},
        {QStringLiteral("connectionConfiguration"),
         QJsonObject{{QStringLiteral("uri"), source.toString(QUrl::RemoveUserInfo)}}},
        {QStringLiteral("configuration"), QJsonObject()},
        {QStringLiteral("streamSets"), QJsonArray{streamSet}}};
    return {{QStringLiteral("$schema"), QLatin1String(DataPmPackageFileChecker::kCurrentSchema)},
            {QStringLiteral("packageSlug"), slug},
            {QStringLiteral("displayName"), displayName},
            {QStringLiteral("description"), description},
            {QStringLiteral("version"), fields.version.value_or(QStringLiteral("1.0.0"))},
            {QStringLiteral("updatedDate"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {QStringLiteral("canonical"), true},
            {QStringLiteral("generatedBy"), QStringLiteral("Depot")},
            {QStringLiteral("readmeMarkdown"), readme},
            {QStringLiteral("licenseMarkdown"), license},
            {QStringLiteral("schemas"), QJsonArray{schema}},
            {QStringLiteral("sources"), QJsonArray{dataSource}}};
}

PackageFileDraft DataPmCsvInference::draft(const QByteArray& text, bool complete, const QUrl& source,
                                           const PackageFileFields& fields)
{
    const Table table = infer(parse(text, complete), complete);
    PackageFileDraft draft;
    draft.source = source;
    draft.rowsInspected = table.rows;
    for (const Column& column : table.columns)
        draft.columns.append({column.name, column.type});
    draft.text = QJsonDocument(packageFile(table, source, fields)).toJson(QJsonDocument::Indented);
    return draft;
}
