#!/usr/bin/env bash
# Reproduces the shipped models from the shared data (about 17 minutes on 2 cores, 15 of them for the accurate
# entity model). Usage: models/train.sh [SHARED_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
S=${1:-../shared}/data
cli() { dotnet run --project src/NewsFacts.Cli -c Release --no-build -- "$@"; }
dotnet build src/NewsFacts.Cli -c Release

# 1. Entity tagger: CoNLL-2003 train + silver BBC training articles + curated name lists + word vectors (all-MiniLM-L6-v2,
#    each word read alone, baked into per-word scores; the previous and next words' vectors too); epochs and calibration on testa.
cli train ner --train "$S/conll2003/eng.train" --dev "$S/conll2003/eng.testa" --output models/ner.bin --seed 1 --epochs 25 \
  --annotations data/annotations --texts "$S/bbc" --gazetteers data/gazetteers --word-vectors --word-vector-window 1

# 2. Rebuild so the relation data is built with the new entity model embedded, then the relation classifiers.
dotnet build src/NewsFacts.Cli -c Release
cli train relations --annotations data/annotations data/annotations/synthetic --texts "$S/bbc" --exclude-ids "$S/bbc/splits/dev.txt" --seed 1 \
  --fire "$S/fire/fire_train.json" "$S/fire/fire_dev.json" --conll04 "$S/conll04/train_triples.json" "$S/conll04/dev_triples.json" \
  --output models/relations.bin --word-vectors
dotnet build src/NewsFacts.Cli -c Release

# 3. The accurate mode's entity model (package NewsFacts.Contextual): the same recipe plus all-MiniLM-L6-v2 token
#    vectors as features. Embedded in NewsFacts.Contextual.dll; the relation model does not depend on it.
cli train ner --train "$S/conll2003/eng.train" --dev "$S/conll2003/eng.testa" --output models/ner-contextual.bin --seed 1 --epochs 25 \
  --annotations data/annotations --texts "$S/bbc" --gazetteers data/gazetteers --contextual --contextual-scale 1 --contextual-context 64
dotnet build src/NewsFacts.Cli -c Release
