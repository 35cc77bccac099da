#include "ResourceLocator.h"

#include "util/DemoResources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace noiseloss {

QString findResourcesDir() {
    QStringList candidates;
    const QString fromEnvironment = qEnvironmentVariable("NOISELOSS_RESOURCES");
    if (!fromEnvironment.isEmpty())
        candidates << fromEnvironment;
    candidates << QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../../resources"));
    candidates << QStringLiteral("/usr/share/noiseloss");
    for (const QString& candidate : candidates)
        if (QFileInfo(candidate).isDir())
            return QDir(candidate).canonicalPath();
    return {};
}

QString findDemoClip() {
    const QString resources = findResourcesDir();
    if (resources.isEmpty())
        return {};
    const QString clip = QDir(resources).filePath(QString::fromLatin1(demo::kDefaultClip));
    return QFileInfo::exists(clip) ? clip : QString();
}

namespace {
QString shippedPath(const QString& relativePath) {
    const QString resources = findResourcesDir();
    if (resources.isEmpty())
        return {};
    const QString path = QDir(resources).filePath(relativePath);
    return QFileInfo::exists(path) ? path : QString();
}
} // namespace

QString findDemoModel() {
    const QString folder = shippedPath(QString::fromLatin1(demo::kModel));
    return !folder.isEmpty() && QFileInfo::exists(QDir(folder).filePath(QStringLiteral("config.json")))
               ? folder
               : QString();
}

QString findDemoPlan() {
    return shippedPath(QString::fromLatin1(demo::kPlan));
}

} // namespace noiseloss
