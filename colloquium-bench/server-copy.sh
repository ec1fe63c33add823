# Sourced by the benchmark scripts: a private copy of the provisioned server, with the EAR in its
# deployments folder. `mvn package wildfly:run` records its deployment in the provisioned
# server's standalone.xml; a copy that keeps that record deploys the EAR twice and fails, so the
# record is dropped from the copy (the provisioned server itself is left as it is).
copy_server() { # root of the repository, target folder
  cp -r "$1/colloquium-ear/target/server" "$2"
  python3 - "$2/standalone/configuration/standalone.xml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
cleaned = re.sub(r"\s*<deployments>.*?</deployments>", "", text, flags=re.S)
if cleaned != text:
    open(path, "w", encoding="utf-8").write(cleaned)
PY
  rm -rf "$2/standalone/data/content" "$2/standalone/deployments/"*
  cp "$1/colloquium-ear/target/colloquium.ear" "$2/standalone/deployments/"
}
