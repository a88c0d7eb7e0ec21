import {test} from 'vitest';
import {runScript} from '../../../src/core/cluster/shell/batch.js';
test('scratch', () => {
	console.log(runScript(`kubectl create deployment web --image=nginx
kubectl create service clusterip web --tcp=80:80
kubectl patch service web -p '{"spec":{"selector":{"app":"wbe"}}}'
kubectl run client --image=nicolaka/netshoot --command -- sleep infinity
sleep 3
kubectl exec client -- curl http://web
kubectl exec client -- curl http://web.shop
curl -m 5 http://10.96.0.1
kubectl get svc web -o wide
ping -c 3 10.96.0.1
`, {seed: 1, readFile: () => undefined}).transcript);
});
