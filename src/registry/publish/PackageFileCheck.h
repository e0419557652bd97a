#pragma once

#include "FieldError.h"
#include "PackageFileFields.h"

#include <QList>

// What a local check of a package file found: the problems (nothing may be sent while there are any) and the
// editable fields as the file (with overrides applied) has them.
struct PackageFileCheck
{
    QList<FieldError> errors;
    PackageFileFields fields;
    bool parsed = false; // the text is a JSON object (fields are meaningful)

    bool isOk() const { return parsed && errors.isEmpty(); }
    // The errors of one field ("/displayName"); with `prefix` true also those below it ("/schemas/...").
    QList<FieldError> errorsFor(const QString& field, bool prefix = false) const
    {
        QList<FieldError> found;
        for (const FieldError& error : errors) {
            if (error.field == field || (prefix && error.field.startsWith(field + QLatin1Char('/'))))
                found.append(error);
        }
        return found;
    }
};
