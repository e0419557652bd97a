#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// A Metabind project, as its REST paths name it: the organization's id and the project's id.
struct MetabindProject
{
    QString organization;
    QString project;

    bool isValid() const { return !organization.isEmpty() && !project.isEmpty(); }
    bool operator==(const MetabindProject&) const = default;

    // "organization:project" (a key's account, MetabindKey) -> the project; nullopt for anything else.
    static std::optional<MetabindProject> fromAccount(const QString& account)
    {
        const QStringView text(account);
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == text.size() - 1 || text.indexOf(QLatin1Char(':'), colon + 1) >= 0)
            return std::nullopt;
        return MetabindProject{text.left(colon).toString(), text.mid(colon + 1).toString()};
    }
};

Q_DECLARE_METATYPE(MetabindProject)
