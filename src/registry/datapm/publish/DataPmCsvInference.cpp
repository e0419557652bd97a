#include "DataPmCsvInference.h"

#include "DataPmPackageFileChecker.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <array>
#include <csv.h>

namespace {

// The header's delimiter: of comma, semicolon and tab, the one found most often outside quotes in the first
// record (which ends at the first line end outside quotes), ties going to the earlier of the three. Every
// quote toggles: RFC 4180 has quotes only in quoted fields, where a doubled one toggles twice. Bytes
// suffice: in UTF-8 no byte of a multi-byte character is one of these.
char delimiterOf(QByteArrayView text)
{
    const std::array<char, 3> candidates{',', ';', '\t'};
    std::array<qsizetype, 3> counts{};
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == '\n' || c == '\r')
                break;
            for (std::size_t k = 0; k < candidates.size(); ++k)
                counts[k] += c == candidates[k] ? 1 : 0;
        }
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < candidates.size(); ++k) {
        if (counts[k] > counts[best])
            best = k;
    }
    return candidates[best];
}

// libcsv (Debian's libcsv-dev) splits the bytes into fields: RFC 4180 quoting, line ends inside quotes,
// CRLF, blank lines skipped. It is fed in chunks, so reading stops soon after maxRows rows.
class CsvReader
{
public:
    CsvReader(char delimiter, int maxRows)
        : m_maxRows(maxRows)
    {
        m_ready = csv_init(&m_parser, 0) == 0;
        csv_set_delim(&m_parser, static_cast<unsigned char>(delimiter));
        // Spaces stay in their fields (infer() trims): a tab may be the delimiter.
        csv_set_space_func(&m_parser, [](unsigned char) { return 0; });
    }
    ~CsvReader() { csv_free(&m_parser); }
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Reads `text`; `complete` false: the text was cut off, so a last partial row is dropped.
    QList<QStringList> read(QByteArrayView text, bool complete)
    {
        constexpr qsizetype kChunk = 16 * 1024;
        for (qsizetype at = 0; m_ready && at < text.size() && !full(); at += kChunk) {
            const QByteArrayView chunk = text.sliced(at, std::min(kChunk, text.size() - at));
            if (csv_parse(&m_parser, chunk.data(), std::size_t(chunk.size()), &CsvReader::onField,
                          &CsvReader::onRowEnd, this) != std::size_t(chunk.size()))
                m_ready = false; // out of memory: what was read so far is all there is
        }
        if (complete && m_ready && !full())
            csv_fini(&m_parser, &CsvReader::onField, &CsvReader::onRowEnd, this);
        return std::move(m_rows);
    }

private:
    bool full() const { return m_rows.size() >= m_maxRows; }
    static void onField(void* data, std::size_t size, void* self)
    {
        auto* reader = static_cast<CsvReader*>(self);
        if (!reader->full())
            reader->m_row.append(QString::fromUtf8(static_cast<const char*>(data), qsizetype(size)));
    }
    static void onRowEnd(int, void* self)
    {
        auto* reader = static_cast<CsvReader*>(self);
        if (!reader->full() && !(reader->m_row.size() == 1 && reader->m_row.first().isEmpty()))
            reader->m_rows.append(reader->m_row);
        reader->m_row.clear();
    }

    csv_parser m_parser{};
    bool m_ready = false;
    int m_maxRows;
    QStringList m_row;
    QList<QStringList> m_rows;
};

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

// `text` as a Markdown code span that stays in its table cell: fenced by more backticks than any run of
// them inside, line ends as spaces, and every "|" escaped (a GitHub-style table ends a cell at an unescaped
// "|", even inside code).
QString tableCellCode(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String(" "));
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    qsizetype longestRun = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longestRun = std::max(longestRun, run);
    }
    const QString fence(longestRun + 1, QLatin1Char('`'));
    // A span that starts or ends with a backtick needs a space inside its fence, which Markdown strips.
    const QString pad = text.startsWith(QLatin1Char('`')) || text.endsWith(QLatin1Char('`'))
                            ? QStringLiteral(" ")
                            : QString();
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    return fence + pad + text + pad + fence;
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
    QByteArrayView text(bytes);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3); // a byte-order mark is not part of the first column's name
    return CsvReader(delimiterOf(text), maxRows).read(text, complete);
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
        readmeRows.append(QStringLiteral("| %1 | %2 |").arg(tableCellCode(column.name), column.type));
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
