#include "VersionOrder.h"

#include <QVersionNumber>

namespace VersionOrder {

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
    const QString leftPre = left.mid(leftSuffix).section(QLatin1Char('+'), 0, 0);
    const QString rightPre = right.mid(rightSuffix).section(QLatin1Char('+'), 0, 0);
    if (leftPre.isEmpty() != rightPre.isEmpty())
        return leftPre.isEmpty() ? 1 : -1;
    return leftPre.compare(rightPre);
}

} // namespace VersionOrder
