#include "WasmerManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <string>
#include <string_view>
#include <toml++/toml.h>

namespace {

// A manifest is a few KiB; anything much larger is not one.
constexpr qint64 kMaxManifestBytes = 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("WasmerManifest", text);
}

QString text(const toml::node_view<const toml::node>& node)
{
    const std::optional<std::string_view> value = node.value<std::string_view>();
    return value ? QString::fromUtf8(value->data(), qsizetype(value->size())) : QString();
}

QString keyText(const toml::key& key)
{
    return QString::fromUtf8(key.str().data(), qsizetype(key.str().size()));
}

void addError(PackageFolder* folder, const QString& field, const QString& message,
              const toml::node* at = nullptr)
{
    FieldError error{field, message};
    if (at && at->source().begin) {
        error.line = int(at->source().begin.line);
        error.column = int(at->source().begin.column);
    }
    folder->errors.append(error);
}

// A text field that, when present, must be a string.
QString optionalText(PackageFolder* folder, const toml::table& table, const char* key, const QString& field)
{
    const toml::node* node = table.get(key);
    if (!node)
        return {};
    if (!node->is_string()) {
        addError(folder, field, tr("“%1” must be text in quotes.").arg(field), node);
        return {};
    }
    return text(toml::node_view<const toml::node>(node));
}

void readModules(PackageFolder* folder, const toml::table& root)
{
    const toml::node* modules = root.get("module");
    if (!modules)
        return;
    const toml::array* list = modules->as_array();
    if (!list) {
        addError(folder, QStringLiteral("module"), tr("Modules are written as [[module]] tables."), modules);
        return;
    }
    for (size_t i = 0; i < list->size(); ++i) {
        const QString field = QStringLiteral("module.%1").arg(i);
        const toml::table* table = list->get(i)->as_table();
        if (!table) {
            addError(folder, field, tr("Modules are written as [[module]] tables."), list->get(i));
            continue;
        }
        PackageDetails::Module module;
        module.name = optionalText(folder, *table, "name", field + QStringLiteral(".name"));
        module.source = optionalText(folder, *table, "source", field + QStringLiteral(".source"));
        module.abi = optionalText(folder, *table, "abi", field + QStringLiteral(".abi"));
        if (const toml::table* interfaces = table->get_as<toml::table>("interfaces")) {
            for (const auto& [name, version] : *interfaces)
                module.interfaces.append(keyText(name) + QLatin1Char('@') +
                                         text(toml::node_view<const toml::node>(&version)));
        }
        folder->modules.append(module);
    }
}

void readCommands(PackageFolder* folder, const toml::table& root)
{
    const toml::array* list = root.get_as<toml::array>("command");
    if (!list)
        return;
    for (size_t i = 0; i < list->size(); ++i) {
        const QString field = QStringLiteral("command.%1").arg(i);
        const toml::table* table = list->get(i)->as_table();
        if (!table) {
            addError(folder, field, tr("Commands are written as [[command]] tables."), list->get(i));
            continue;
        }
        folder->commands.append({optionalText(folder, *table, "name", field + QStringLiteral(".name")),
                                 optionalText(folder, *table, "module", field + QStringLiteral(".module"))});
    }
}

void readDependenciesAndFolders(PackageFolder* folder, const toml::table& root)
{
    if (const toml::table* dependencies = root.get_as<toml::table>("dependencies")) {
        for (const auto& [key, requirement] : *dependencies) {
            const QString name = keyText(key);
            if (!requirement.is_string()) {
                addError(
                    folder, QStringLiteral("dependencies.") + name,
                    tr("The version requirement of “%1” must be text in quotes, e.g. \"^1.0\".").arg(name),
                    &requirement);
                continue;
            }
            PackageDetails::Dependency dependency;
            dependency.id =
                PackageId::fromString(name.contains(QLatin1Char('/')) ? name : QStringLiteral("_/") + name);
            dependency.requirement = text(toml::node_view<const toml::node>(&requirement));
            folder->dependencies.append(dependency);
        }
    }
    if (const toml::table* fs = root.get_as<toml::table>("fs")) {
        for (const auto& [guest, host] : *fs)
            folder->filesystem.append({keyText(guest), text(toml::node_view<const toml::node>(&host))});
    }
}

void readPackage(PackageFolder* folder, const toml::table& root)
{
    const toml::table* package = root.get_as<toml::table>("package");
    if (!package) {
        addError(folder, QStringLiteral("package"), tr("The [package] table is missing."));
        return;
    }
    folder->id =
        PackageId::fromString(optionalText(folder, *package, "name", QStringLiteral("package.name")));
    folder->version = optionalText(folder, *package, "version", QStringLiteral("package.version"));
    folder->description =
        optionalText(folder, *package, "description", QStringLiteral("package.description"));
    folder->licence = optionalText(folder, *package, "license", QStringLiteral("package.license"));
    folder->licenceFile =
        optionalText(folder, *package, "license-file", QStringLiteral("package.license-file"));
    folder->readmeFile = optionalText(folder, *package, "readme", QStringLiteral("package.readme"));
    folder->repository = optionalText(folder, *package, "repository", QStringLiteral("package.repository"));
    folder->homepage = optionalText(folder, *package, "homepage", QStringLiteral("package.homepage"));
}

// A path the manifest names, inside the folder: relative, no "..", and there.
bool insideAndPresent(const QDir& folder, const QString& relative, bool wantFolder)
{
    const QString clean = QDir::cleanPath(relative);
    if (clean.isEmpty() || QDir::isAbsolutePath(clean) || clean == QLatin1String("..") ||
        clean.startsWith(QLatin1String("../")))
        return false;
    const QFileInfo info(folder.filePath(clean));
    return wantFolder ? info.isDir() : info.isFile();
}

void checkPackageFields(PackageFolder* folder)
{
    const PackageId& id = folder->id;
    if (id.name.isEmpty())
        addError(folder, QStringLiteral("package.name"), tr("The package needs a name: “namespace/name”."));
    else if (id.scope.isEmpty())
        addError(folder, QStringLiteral("package.name"),
                 tr("Write the name with its namespace: “namespace/%1”.").arg(id.name));
    else if (!WasmerManifest::isValidName(id.scope) || !WasmerManifest::isValidName(id.name) ||
             id.name.contains(QLatin1Char('/')))
        addError(
            folder, QStringLiteral("package.name"),
            tr("“%1” is not a valid name: use letters, digits, “-”, “_” and “.”, as in “namespace/name”.")
                .arg(id.toString()));
    if (folder->version.isEmpty())
        addError(folder, QStringLiteral("package.version"), tr("The package needs a version, e.g. 1.0.0."));
    else if (!WasmerManifest::isSemver(folder->version))
        addError(folder, QStringLiteral("package.version"),
                 tr("“%1” is not a semantic version such as 1.0.0.").arg(folder->version));
    if (folder->description.trimmed().isEmpty())
        addError(folder, QStringLiteral("package.description"), tr("The package needs a description."));
}

void checkModulesAndCommands(PackageFolder* folder, const QDir& dir)
{
    if (folder->modules.isEmpty())
        addError(folder, QStringLiteral("module"),
                 tr("The package needs at least one [[module]] with a name and a source file."));
    QSet<QString> moduleNames;
    for (qsizetype i = 0; i < folder->modules.size(); ++i) {
        const PackageDetails::Module& module = folder->modules.at(i);
        const QString field = QStringLiteral("module.%1").arg(i);
        if (module.name.isEmpty())
            addError(folder, field + QStringLiteral(".name"), tr("Module %1 has no name.").arg(i + 1));
        else if (moduleNames.contains(module.name))
            addError(folder, field + QStringLiteral(".name"),
                     tr("There are two modules named “%1”.").arg(module.name));
        moduleNames.insert(module.name);
        if (module.source.isEmpty())
            addError(folder, field + QStringLiteral(".source"),
                     tr("Module “%1” has no source file.").arg(module.name));
        else if (!insideAndPresent(dir, module.source, false))
            addError(folder, field + QStringLiteral(".source"),
                     tr("The source file “%1” of module “%2” is not in the folder.")
                         .arg(module.source, module.name));
        static const QStringList knownAbis{QStringLiteral("wasi"), QStringLiteral("emscripten"),
                                           QStringLiteral("none"), QStringLiteral("wasm4")};
        if (!module.abi.isEmpty() && !knownAbis.contains(module.abi))
            folder->warnings.append(
                tr("Module “%1” has the ABI “%2”, which wasmer may not know.").arg(module.name, module.abi));
    }
    QSet<QString> commandNames;
    for (qsizetype i = 0; i < folder->commands.size(); ++i) {
        const PackageDetails::Command& command = folder->commands.at(i);
        const QString field = QStringLiteral("command.%1").arg(i);
        if (command.name.isEmpty())
            addError(folder, field + QStringLiteral(".name"), tr("Command %1 has no name.").arg(i + 1));
        else if (commandNames.contains(command.name))
            addError(folder, field + QStringLiteral(".name"),
                     tr("There are two commands named “%1”.").arg(command.name));
        commandNames.insert(command.name);
        if (command.module.isEmpty())
            addError(folder, field + QStringLiteral(".module"),
                     tr("Command “%1” does not say which module runs it.").arg(command.name));
        else if (!moduleNames.contains(command.module))
            addError(folder, field + QStringLiteral(".module"),
                     tr("Command “%1” names the module “%2”, which the package does not have.")
                         .arg(command.name, command.module));
    }
}

void checkFiles(PackageFolder* folder, const QDir& dir)
{
    if (!folder->readmeFile.isEmpty() && !insideAndPresent(dir, folder->readmeFile, false))
        addError(folder, QStringLiteral("package.readme"),
                 tr("The README “%1” is not in the folder.").arg(folder->readmeFile));
    if (!folder->licenceFile.isEmpty() && !insideAndPresent(dir, folder->licenceFile, false))
        addError(folder, QStringLiteral("package.license-file"),
                 tr("The licence file “%1” is not in the folder.").arg(folder->licenceFile));
    if (folder->readmeFile.isEmpty())
        folder->warnings.append(tr("The manifest names no README: the package page will have none."));
    for (const PackageDetails::Mapping& mapping : std::as_const(folder->filesystem)) {
        if (!insideAndPresent(dir, mapping.hostPath, true))
            addError(folder, QStringLiteral("fs.") + mapping.guestPath,
                     tr("The folder “%1” that [fs] maps to “%2” is not in the package folder.")
                         .arg(mapping.hostPath, mapping.guestPath));
    }
}

} // namespace

QStringList WasmerManifest::fileNames()
{
    return {QStringLiteral("wasmer.toml"), QStringLiteral("wapm.toml")};
}

bool WasmerManifest::isSemver(const QString& version)
{
    // semver.org's grammar: numbers without leading zeros, dot-separated pre-release and build identifiers.
    static const QRegularExpression pattern(QStringLiteral(
        "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
        "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
        "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$"));
    return pattern.match(version).hasMatch();
}

bool WasmerManifest::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*$"));
    return name.size() <= 100 && pattern.match(name).hasMatch();
}

PackageFolder WasmerManifest::parse(const QByteArray& bytes)
{
    PackageFolder folder;
    folder.manifestText = QString::fromUtf8(bytes);
    try {
        const toml::table root = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())));
        folder.parsed = true;
        readPackage(&folder, root);
        readModules(&folder, root);
        readCommands(&folder, root);
        readDependenciesAndFolders(&folder, root);
    } catch (const toml::parse_error& error) {
        const std::string_view why = error.description();
        FieldError syntax{
            QString(),
            tr("This is not valid TOML: %1").arg(QString::fromUtf8(why.data(), qsizetype(why.size())))};
        syntax.line = int(error.source().begin.line);
        syntax.column = int(error.source().begin.column);
        folder.errors.append(syntax);
    }
    return folder;
}

PackageFolder WasmerManifest::checkFolder(const QString& path)
{
    const QDir dir(QFileInfo(path).absoluteFilePath());
    PackageFolder folder;
    for (const QString& name : fileNames()) {
        if (QFileInfo(dir.filePath(name)).isFile()) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxManifestBytes) {
                folder.errors.append({QString(), tr("“%1” cannot be read.").arg(name)});
                folder.manifestFileName = name;
                break;
            }
            folder = parse(file.readAll());
            folder.manifestFileName = name;
            break;
        }
    }
    folder.path = dir.absolutePath();
    if (folder.manifestFileName.isEmpty()) {
        folder.errors.append({QString(), tr("The folder holds no wasmer.toml (or wapm.toml).")});
        return folder;
    }
    if (!folder.parsed)
        return folder;
    checkPackageFields(&folder);
    checkModulesAndCommands(&folder, dir);
    checkFiles(&folder, dir);
    return folder;
}
