#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One problem found in a package file before anything is sent, tied to the field it concerns so a form can
// show it next to that field. `field` is a JSON Pointer into the file ("/packageSlug",
// "/schemas/0/properties/name/types"); empty means the file as a whole (e.g. it is not JSON).
struct FieldError
{
    QString field;
    QString message; // translated sentence for people
    int line = -1;   // 1-based position in the text, for syntax errors only; -1 otherwise
    int column = -1;

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

Q_DECLARE_METATYPE(FieldError)
