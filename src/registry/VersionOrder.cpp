#include "VersionOrder.h"

#include <QStringView>
#include <QVersionNumber>

namespace VersionOrder {

namespace {

bool isNumeric(QStringView identifier)
{
    if (identifier.isEmpty())
        return false;
    for (const QChar c : identifier) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

int sign(int value)
{
    return (value > 0) - (value < 0);
}

// SemVer 2.0.0 §11.4: one pre-release identifier against another. Numbers compare as numbers (by digit
// count, then digit by digit, so no identifier is too long for it) and come before alphanumeric ones,
// which compare in ASCII order.
int compareIdentifiers(QStringView a, QStringView b)
{
    const bool aNumeric = isNumeric(a);
    const bool bNumeric = isNumeric(b);
    if (aNumeric && bNumeric) {
        while (a.size() > 1 && a.front() == QLatin1Char('0'))
            a = a.mid(1);
        while (b.size() > 1 && b.front() == QLatin1Char('0'))
            b = b.mid(1);
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
        return sign(a.compare(b));
    }
    if (aNumeric != bNumeric)
        return aNumeric ? -1 : 1;
    return sign(a.compare(b));
}

// The dot-separated identifiers of two pre-release tags, pair by pair; when all pairs are equal the tag
// with more identifiers is the later one.
int comparePreReleases(QStringView a, QStringView b)
{
    const QList<QStringView> left = a.split(QLatin1Char('.'));
    const QList<QStringView> right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < left.size() && i < right.size(); ++i) {
        if (const int byIdentifier = compareIdentifiers(left.at(i), right.at(i)); byIdentifier != 0)
            return byIdentifier;
    }
    return left.size() == right.size() ? 0 : (left.size() < right.size() ? -1 : 1);
}

} // namespace

int compare(const QString& a, const QString& b)
{
    const QString left = a.trimmed();
    const QString right = b.trimmed();
    qsizetype leftSuffix = 0;
    qsizetype rightSuffix = 0;
    const QVersionNumber leftNumber = QVersionNumber::fromString(left, &leftSuffix);
    const QVersionNumber rightNumber = QVersionNumber::fromString(right, &rightSuffix);
    if (leftNumber.isNull() || rightNumber.isNull())
        return left.compare(right);
    if (const int byNumber = QVersionNumber::compare(leftNumber, rightNumber); byNumber != 0)
        return byNumber;
    // Build metadata (+...) does not order; a pre-release (-...) comes before its release.
    QStringView leftPre = QStringView(left).mid(leftSuffix);
    QStringView rightPre = QStringView(right).mid(rightSuffix);
    leftPre = leftPre.left(leftPre.indexOf(QLatin1Char('+')));
    rightPre = rightPre.left(rightPre.indexOf(QLatin1Char('+')));
    if (leftPre.startsWith(QLatin1Char('-')))
        leftPre = leftPre.mid(1);
    if (rightPre.startsWith(QLatin1Char('-')))
        rightPre = rightPre.mid(1);
    if (leftPre.isEmpty() != rightPre.isEmpty())
        return leftPre.isEmpty() ? 1 : -1;
    return comparePreReleases(leftPre, rightPre);
}

} // namespace VersionOrder
