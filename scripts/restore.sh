#!/bin/sh
# Restore a backup made by scripts/backup.sh into an empty database and an empty media folder.
#
#   createdb -h db -U user casepages_restored
#   DATABASE_URL=postgres://user@db:5432/casepages_restored DJANGO_MEDIA_ROOT=/srv/casepages/media \
#       scripts/restore.sh /backups/casepages-20261125-0300
#
# The checksums are verified first; the database is restored in one transaction, so a failed
# restore leaves it empty rather than half-filled.
set -eu
source=${1:?usage: scripts/restore.sh BACKUP_DIRECTORY}
: "${DATABASE_URL:?set DATABASE_URL to the (empty) database to restore into}"
media=${DJANGO_MEDIA_ROOT:-var/media}
bin=${PG_BIN:+$PG_BIN/}

(cd "$source" && sha256sum --check --quiet SHA256SUMS)
"${bin}pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction \
    --dbname="$DATABASE_URL" "$source/database.dump"
mkdir -p "$media"
tar -C "$media" -xzf "$source/media.tar.gz"
echo "Restored $source into $(printf %s "$DATABASE_URL" | sed 's#//[^@/]*@#//#') and $media"
