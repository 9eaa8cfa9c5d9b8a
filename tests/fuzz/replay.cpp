// The normal-suite side of a fuzz target: feeds every file under the directories given on the command
// line to LLVMFuzzerTestOneInput, one by one. A crash or sanitizer report fails the ctest; an empty
// corpus fails too, so a mistyped path cannot pass by testing nothing.
#include "fuzztarget.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // some targets use Qt types that want an application
    int files = 0;
    for (int i = 1; i < argc; ++i) {
        QDirIterator it(QString::fromLocal8Bit(argv[i]), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 2;
            }
            const QByteArray bytes = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++files;
        }
    }
    std::printf("%d inputs replayed\n", files);
    return files > 0 ? 0 : 3;
}
