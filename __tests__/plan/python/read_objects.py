# The Simvue Python client's deserialisers (simvue/serialization.py, 2.5.3), on each file.
import io, json, os, sys
import numpy, pandas, plotly, torch
def load(mime, data):
    if mime == 'application/vnd.plotly.v1+json': return plotly.io.from_json(data)
    if mime == 'application/vnd.simvue.numpy.v1': return numpy.load(io.BytesIO(data), allow_pickle=False)
    if mime == 'application/vnd.simvue.df.v1': return pandas.read_csv(io.BytesIO(data), index_col=0)
    if mime == 'application/vnd.simvue.torch.v1': return torch.load(io.BytesIO(data))
out = sys.argv[1]
for name in sorted(os.listdir(out)):
    ext = name.split('.')[-1]
    mime = {'npy': 'application/vnd.simvue.numpy.v1', 'csv': 'application/vnd.simvue.df.v1', 'json': 'application/vnd.plotly.v1+json', 'pt': 'application/vnd.simvue.torch.v1', 'pth': 'application/vnd.simvue.torch.v1'}.get(ext)
    if not mime: continue
    data = open(os.path.join(out, name), 'rb').read()
    try:
        value = load(mime, data); ok = type(value).__name__
        if isinstance(value, numpy.lib.npyio.NpzFile): ok = 'NpzFile'
    except Exception as e: ok = 'FAIL ' + type(e).__name__ + ': ' + str(e)[:60].replace('\n', ' ')
    print(json.dumps([name, ok]))
