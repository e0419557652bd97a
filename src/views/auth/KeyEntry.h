#pragma once

#include <QWidget>

class FieldErrorLabel;
class QFormLayout;
class QLabel;
class QLineEdit;
struct KeyForm;

// The fields of a key as its registry kind writes it: one key field, or (a scoped key form: Metabind)
// organization, project and key, with a whole "organization:project:key" pasted into any of them spread over
// the three. The problem with the key is shown right under it. The key field never shows what is typed.
class KeyEntry : public QWidget
{
    Q_OBJECT
public:
    explicit KeyEntry(QWidget* parent = nullptr);

    // The kind's key form; null: a generic "API key".
    void setKeyForm(const KeyForm* form);
    bool isScoped() const { return m_scoped; }

    // The key as the registry kind's credentialFromPastedKey() reads it ("org:project:key" or the bare key);
    // empty when nothing is typed. A secret: wipe it after use.
    QString pastedText() const;
    bool isEmpty() const;
    // Something typed, and nothing missing (a scoped key with an organization needs its project and key).
    bool isComplete() const;
    void clear();
    void setError(const QString& text);
    QString error() const;

    QLineEdit* organizationField() const { return m_organization; }
    QLineEdit* projectField() const { return m_project; }
    QLineEdit* keyField() const { return m_key; }
    FieldErrorLabel* errorLabel() const { return m_error; }

signals:
    void changed();

private:
    void spreadPasted(QLineEdit* field);

    QFormLayout* m_form;
    QLabel* m_organizationLabel;
    QLabel* m_projectLabel;
    QLabel* m_keyLabel;
    QLineEdit* m_organization;
    QLineEdit* m_project;
    QLineEdit* m_key;
    FieldErrorLabel* m_error;
    bool m_scoped = false;
    bool m_spreading = false;
};
