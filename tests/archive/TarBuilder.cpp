#include "TarBuilder.h"

namespace {

constexpr int kBlock = 512;

void octal(QByteArray& header, int offset, int width, qint64 value)
{
    // width - 1 octal digits and a NUL, as ustar writes them.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    header.replace(offset, width - 1, digits);
    header[offset + width - 1] = '\0';
}

void text(QByteArray& header, int offset, int width, const QByteArray& value)
{
    header.replace(offset, qMin<qsizetype>(width, value.size()), value.left(width));
}

} // namespace

TarBuilder::TarBuilder(const QString& path)
    : m_file(path)
{
    m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

void TarBuilder::file(const QByteArray& name, const QByteArray& content, int mode)
{
    entry(name, '0', content, mode);
}

void TarBuilder::folder(const QByteArray& name)
{
    entry(name, '5', {}, 0755);
}

void TarBuilder::symlink(const QByteArray& name, const QByteArray& target)
{
    entry(name, '2', {}, 0777, target);
}

void TarBuilder::hardlink(const QByteArray& name, const QByteArray& target)
{
    entry(name, '1', {}, 0644, target);
}

void TarBuilder::special(const QByteArray& name, char type)
{
    QByteArray h = header(name, type, 0, 0644, {});
    octal(h, 329, 8, 1); // device 1, 3: /dev/null
    octal(h, 337, 8, 3);
    write(h);
}

void TarBuilder::paxDeclaredSize(const QByteArray& name, qint64 declaredSize, const QByteArray& body)
{
    pax({{"size", QByteArray::number(declaredSize)}});
    write(header(name, '0', body.size(), 0644, {}));
    this->body(body);
}

void TarBuilder::base256DeclaredSize(const QByteArray& name, qint64 declaredSize, const QByteArray& body)
{
    QByteArray h = header(name, '0', 0, 0644, {});
    // Base-256: the first byte's top bit set, then the number big-endian over the other 11 bytes.
    h[124] = char(0x80);
    h.replace(125, 3, QByteArray(3, '\0')); // above a 64-bit number
    for (int i = 0; i < 8; ++i)
        h[135 - i] = char((declaredSize >> (8 * i)) & 0xff);
    write(h);
    this->body(body);
}

bool TarBuilder::finish()
{
    m_ok = m_file.write(QByteArray(2 * kBlock, '\0')) == 2 * kBlock && m_ok;
    m_file.close();
    return m_ok;
}

void TarBuilder::pax(const Records& records)
{
    QByteArray content;
    for (const auto& [key, value] : records) {
        // "<length> key=value\n", where the length counts its own digits.
        const qsizetype rest = 1 + key.size() + 1 + value.size() + 1;
        qsizetype length = rest + 1;
        while (QByteArray::number(length).size() + rest != length)
            ++length;
        content += QByteArray::number(length) + ' ' + key + '=' + value + '\n';
    }
    write(header("PaxHeader", 'x', content.size(), 0644, {}));
    body(content);
}

void TarBuilder::entry(const QByteArray& name, char type, const QByteArray& content, int mode,
                       const QByteArray& link)
{
    if (name.size() > 100 || link.size() > 100) {
        Records records;
        if (name.size() > 100)
            records.append({"path", name});
        if (link.size() > 100)
            records.append({"linkpath", link});
        pax(records);
    }
    write(header(name, type, content.size(), mode, link));
    body(content);
}

QByteArray TarBuilder::header(const QByteArray& name, char type, qint64 size, int mode,
                              const QByteArray& link) const
{
    QByteArray h(kBlock, '\0');
    text(h, 0, 100, name);
    octal(h, 100, 8, mode);
    octal(h, 108, 8, 0);
    octal(h, 116, 8, 0);
    octal(h, 124, 12, size);
    octal(h, 136, 12, 1700000000);
    h[156] = type;
    text(h, 157, 100, link);
    text(h, 257, 6, QByteArrayLiteral("ustar\0"));
    text(h, 263, 2, "00");
    return h;
}

void TarBuilder::write(QByteArray header)
{
    // The checksum: every byte of the header, its own field counted as spaces.
    header.replace(148, 8, QByteArray(8, ' '));
    int sum = 0;
    for (const char c : std::as_const(header))
        sum += static_cast<unsigned char>(c);
    octal(header, 148, 7, sum);
    m_ok = m_file.write(header) == kBlock && m_ok;
}

void TarBuilder::body(const QByteArray& content)
{
    if (content.isEmpty())
        return;
    const qsizetype padded = (content.size() + kBlock - 1) / kBlock * kBlock;
    m_ok = m_file.write(content + QByteArray(padded - content.size(), '\0')) == padded && m_ok;
}
