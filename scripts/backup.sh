#!/bin/sh
# Back up the site into one directory: the database (pg_dump, custom format) and the media folder.
#
#   DATABASE_URL=postgres://user@db:5432/casepages DJANGO_MEDIA_ROOT=/srv/casepages/media \
#       scripts/backup.sh /backups/casepages-$(date +%Y%m%d-%H%M)
#
# The backup holds patients' messages and consent records: it is written readable by its owner
# only; keep it encrypted wherever it is copied to. Restore with scripts/restore.sh.
set -eu
target=${1:?usage: scripts/backup.sh BACKUP_DIRECTORY}
: "${DATABASE_URL:?set DATABASE_URL to the database to back up}"
media=${DJANGO_MEDIA_ROOT:-var/media}
bin=${PG_BIN:+$PG_BIN/}

umask 077
mkdir -p "$target"
"${bin}pg_dump" --format=custom --no-owner --no-privileges --file="$target/database.dump" "$DATABASE_URL"
mkdir -p "$media"
tar -C "$media" -czf "$target/media.tar.gz" .
(cd "$target" && sha256sum database.dump media.tar.gz > SHA256SUMS)
echo "Backed up $(printf %s "$DATABASE_URL" | sed 's#//[^@/]*@#//#') and $media to $target"
