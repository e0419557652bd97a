#include "ZipBuilder.h"

#include <QtEndian>

namespace {

constexpr quint16 kUtf8Names = 0x0800;
constexpr quint16 kMadeByUnix = (3 << 8) | 20;

quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xffffffffu;
    for (const char c : data) {
        crc ^= static_cast<unsigned char>(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put16(QByteArray& out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray& out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

} // namespace

ZipBuilder::ZipBuilder(const QString& path)
    : m_file(path)
{
    m_ok = m_file.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

void ZipBuilder::file(const QByteArray& name, const QByteArray& content)
{
    entry(name, content, 0100644);
}

void ZipBuilder::folder(const QByteArray& name)
{
    entry(name, {}, 040755);
}

void ZipBuilder::symlink(const QByteArray& name, const QByteArray& target)
{
    entry(name, target, 0120777); // a zip link's target is its content
}

void ZipBuilder::entry(const QByteArray& name, const QByteArray& content, quint32 mode)
{
    const Entry e{name, crc32(content), quint32(content.size()), mode, quint32(m_file.pos())};
    QByteArray local;
    put32(local, 0x04034b50);
    put16(local, 20);
    put16(local, kUtf8Names);
    put16(local, 0);    // stored
    put16(local, 0);    // time
    put16(local, 0x21); // 1980-01-01
    put32(local, e.crc);
    put32(local, e.size);
    put32(local, e.size);
    put16(local, quint16(name.size()));
    put16(local, 0);
    local += name + content;
    m_ok = m_file.write(local) == local.size() && m_ok;
    m_entries.append(e);
}

bool ZipBuilder::finish()
{
    const quint32 start = quint32(m_file.pos());
    QByteArray central;
    for (const Entry& e : std::as_const(m_entries)) {
        put32(central, 0x02014b50);
        put16(central, kMadeByUnix);
        put16(central, 20);
        put16(central, kUtf8Names);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, e.crc);
        put32(central, e.size);
        put32(central, e.size);
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, e.mode << 16);
        put32(central, e.offset);
        central += e.name;
    }
    const quint32 size = quint32(central.size());
    put32(central, 0x06054b50);
    put16(central, 0);
    put16(central, 0);
    put16(central, quint16(m_entries.size()));
    put16(central, quint16(m_entries.size()));
    put32(central, size);
    put32(central, start);
    put16(central, 0);
    m_ok = m_file.write(central) == central.size() && m_ok;
    m_file.close();
    return m_ok;
}
