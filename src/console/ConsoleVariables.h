#pragma once

#include "GraphQlProblem.h"

#include <QJsonObject>
#include <QString>

#include <optional>

// The console's variables editor: a JSON object, checked before anything is sent. Blank text means no
// variables.
struct ConsoleVariables
{
    QJsonObject values;
    std::optional<GraphQlProblem> problem; // where the text stops being a JSON object, and why

    bool isValid() const { return !problem; }
    static ConsoleVariables parse(const QString& text);
};
