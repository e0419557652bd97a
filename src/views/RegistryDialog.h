#pragma once

#include "registry/RegistryEntry.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Adds or edits a registry: a name, the GraphQL endpoint and its kind ("Detect automatically" or forced).
// OK stays disabled until the address is a valid http(s) URL.
class RegistryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegistryDialog(QWidget* parent = nullptr);

    // Fills the fields from an existing entry (edit mode).
    void setEntry(const RegistryEntry& entry);
    // The entry as typed. The detected dialect is kept only when the address did not change.
    RegistryEntry entry() const;

    // Why `text` is not a registry address, or an empty string when it is one.
    static QString urlProblem(const QString& text);

private:
    void validate();

    QLineEdit* m_name;
    QLineEdit* m_url;
    QComboBox* m_dialect;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    RegistryEntry m_original;
};
