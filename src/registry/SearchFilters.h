#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// Narrowing a package search beyond its words. Which of these a registry understands comes from
// PackageSearch::filterSupport(); the others are left empty.
struct SearchFilters
{
    enum class Order {
        Relevance, // the registry's own order for the words
        MostDownloaded,
        RecentlyPublished, // newest publication first
        Name,
    };

    QString interfaceName; // only packages implementing this interface
    QString licence;       // only packages under this licence
    Order order = Order::Relevance;
    QString tag;       // only what carries this tag (Metabind assets and contents)
    QString assetType; // only assets of this MIME type ("image/png")

    bool isEmpty() const
    {
        return interfaceName.isEmpty() && licence.isEmpty() && tag.isEmpty() && assetType.isEmpty() &&
               order == Order::Relevance;
    }
    friend bool operator==(const SearchFilters&, const SearchFilters&) = default;
};

// What a registry's search can filter and order by.
struct SearchFilterSupport
{
    bool interfaceName = false;
    bool licence = false;
    QList<SearchFilters::Order> orders; // besides Relevance
    bool groups = false;                // can list the groups (namespaces) matching words
    bool users = false;                 // can list the users matching words
    bool tag = false;
    bool assetType = false;

    bool isEmpty() const
    {
        return !interfaceName && !licence && !tag && !assetType && orders.isEmpty() && !groups && !users;
    }
};

Q_DECLARE_METATYPE(SearchFilters)
