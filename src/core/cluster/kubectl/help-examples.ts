/**
 * The Examples of each command's `--help`: the sandbox's own, written against the objects a
 * learner meets in the lessons (a Deployment and Service named web, web.yaml), and each one run
 * by test/core/cluster/kubectl/help.test.ts so none of them fails here.
 */
export interface HelpExample {
	comment: string;
	command: string;
}

const e = (comment: string, command: string): HelpExample => ({comment, command});

export const HELP_EXAMPLES: Readonly<Record<string, readonly HelpExample[]>> = {
	create: [e('Create the objects in pod.yaml', 'kubectl create -f pod.yaml'), e('Show what would be created, without creating it', 'kubectl create -f pod.yaml --dry-run=client -o yaml')],
	'create deployment': [e('Create a deployment named api that runs nginx in three pods', 'kubectl create deployment api --image=nginx --replicas=3'), e('Write a deployment manifest to start from', 'kubectl create deployment api --image=nginx --port=80 --dry-run=client -o yaml')],
	'create service clusterip': [e('Create a ClusterIP service named api on port 80, sending to port 8080', 'kubectl create service clusterip api --tcp=80:8080'), e('Create a headless service', 'kubectl create service clusterip api --clusterip=None')],
	'create service nodeport': [e('Create a NodePort service named api', 'kubectl create service nodeport api --tcp=80:8080'), e('Ask for node port 30080', 'kubectl create service nodeport api --tcp=80:8080 --node-port=30080')],
	'create service loadbalancer': [e('Create a LoadBalancer service named api', 'kubectl create service loadbalancer api --tcp=80:8080')],
	'create service externalname': [e('Create an ExternalName service that is a DNS alias', 'kubectl create service externalname search --external-name=example.com')],
	'create namespace': [e('Create a namespace named dev', 'kubectl create namespace dev')],
	'create ingress': [
		e('Send requests for foo.com/bar to port 80 of service web', 'kubectl create ingress simple --rule="foo.com/bar=web:80"'),
		e('Every path under /api, with the ingress-nginx class', 'kubectl create ingress api --class=nginx --rule="/api*=web:80"'),
	],
	'create configmap': [e('Create a config map from literal values', 'kubectl create configmap app-settings --from-literal=color=blue --from-literal=size=3'), e('Create a config map from a file, one key named after it', 'kubectl create configmap nginx-conf --from-file=web.yaml')],
	'create secret generic': [e('Create a secret with a password', 'kubectl create secret generic db --from-literal=password=s3cr3t'), e('Show the base64 encoding without creating it', 'kubectl create secret generic db --from-literal=password=s3cr3t --dry-run=client -o yaml')],
	'create secret tls': [e('Write a TLS secret manifest from a certificate and key', 'kubectl create secret tls web-tls --cert=tls.crt --key=tls.key --dry-run=client -o yaml')],
	'create secret docker-registry': [e('Create a secret for pulling from a private registry', 'kubectl create secret docker-registry regcred --docker-server=registry.example.com --docker-username=me --docker-password=pw')],
	'create job': [e('Create a job that prints the date once', 'kubectl create job once --image=busybox:1.37 -- date')],
	'create cronjob': [e('Create a cron job that runs every minute', 'kubectl create cronjob tick --image=busybox:1.37 --schedule="*/1 * * * *" -- date')],
	'create role': [e('Create a role that may read pods', 'kubectl create role pod-reader --verb=get,list,watch --resource=pods')],
	'create clusterrole': [e('Create a cluster role that may read services', 'kubectl create clusterrole svc-reader --verb=get,list --resource=services')],
	'create rolebinding': [e('Give the default service account the view cluster role in this namespace', 'kubectl create rolebinding default-view --clusterrole=view --serviceaccount=default:default')],
	'create clusterrolebinding': [e('Give user alice the view cluster role everywhere', 'kubectl create clusterrolebinding alice-view --clusterrole=view --user=alice')],
	'create serviceaccount': [e('Create a service account named robot', 'kubectl create serviceaccount robot')],
	'create quota': [e('Allow at most 10 pods in the namespace', 'kubectl create quota pods --hard=pods=10')],
	'create priorityclass': [e('Create a priority class named high', 'kubectl create priorityclass high --value=1000 --description="for important pods"')],
	'create token': [e('Request a token for the default service account', 'kubectl create token default')],
	expose: [
		e('Expose deployment web on port 8080, sending to the pods’ port 80', 'kubectl expose deployment web --port=8080 --target-port=80 --name=web-8080'),
		e('Expose it on every node as a NodePort service', 'kubectl expose deployment web --port=80 --type=NodePort --name=web-np'),
	],
	run: [
		e('Start one nginx pod', 'kubectl run nginx --image=nginx'),
		e('Start a pod with labels and a port', 'kubectl run api --image=nginx --labels=app=api --port=80'),
		e('Write a pod manifest to start from', 'kubectl run client --image=busybox:1.37 --dry-run=client -o yaml -- sleep 3600'),
	],
	get: [
		e('List the pods with their node and IP', 'kubectl get pods -o wide'),
		e('List services and endpoint slices together', 'kubectl get svc,endpointslices'),
		e('Print one field with JSONPath', "kubectl get svc web -o jsonpath='{.spec.clusterIP}'"),
		e('Print the pods’ names with a Go template', "kubectl get pods -o go-template='{{range .items}}{{.metadata.name}}{{\"\\n\"}}{{end}}'"),
		e('Only the pods with label app=web', 'kubectl get pods -l app=web --show-labels'),
	],
	describe: [e('Describe the web service, its endpoints included', 'kubectl describe svc web'), e('Describe the pods with label app=web', 'kubectl describe pods -l app=web'), e('Describe what web.yaml names', 'kubectl describe -f web.yaml')],
	explain: [e('What a Service is', 'kubectl explain service'), e('One field, with its type', 'kubectl explain service.spec.ports'), e('Every field of a Deployment, as a tree', 'kubectl explain deployment --recursive')],
	delete: [e('Delete the web service', 'kubectl delete svc web'), e('Delete the pods with label app=web', 'kubectl delete pods -l app=web'), e('Delete what web.yaml names', 'kubectl delete -f web.yaml')],
	apply: [e('Create or update the objects in web.yaml', 'kubectl apply -f web.yaml'), e('See the change without making it', 'kubectl apply -f web.yaml --dry-run=server')],
	replace: [e('Replace the deployment with the one in web.yaml', 'kubectl replace -f web.yaml'), e('Delete it and create it again', 'kubectl replace --force -f web.yaml')],
	diff: [e('Compare web.yaml with what is running', 'kubectl diff -f web.yaml')],
	patch: [
		e('Turn the web service into a NodePort service', 'kubectl patch svc web -p \'{"spec":{"type":"NodePort"}}\''),
		e('Change a port with a JSON patch', 'kubectl patch svc web --type=json -p=\'[{"op":"replace","path":"/spec/ports/0/port","value":8080}]\''),
	],
	label: [e('Add a label', 'kubectl label svc web tier=frontend'), e('Change a label', 'kubectl label deploy web app=web --overwrite'), e('Remove a label', 'kubectl label svc web app-')],
	annotate: [e('Add an annotation', "kubectl annotate svc web description='the front end'"), e('Remove it', 'kubectl annotate svc web description-')],
	scale: [e('Run five pods of deployment web', 'kubectl scale deployment web --replicas=5'), e('Scale only if it runs two now', 'kubectl scale deployment web --current-replicas=2 --replicas=3')],
	'set env': [e('Set a variable in every container of deployment web', 'kubectl set env deployment/web MODE=debug'), e('List the variables', 'kubectl set env deployment/web --list'), e('Import every key of a config map', 'kubectl set env deployment/web --from=configmap/settings')],
	'set image': [e('Roll out a new image in container nginx', 'kubectl set image deployment/web nginx=nginx:1.27'), e('Show the result without changing anything', 'kubectl set image deployment/web nginx=nginx:1.27 --dry-run=client -o yaml')],
	'set resources': [e('Set limits and requests for every container', 'kubectl set resources deployment web --limits=cpu=200m,memory=512Mi --requests=cpu=100m')],
	'set selector': [e('Send the web service to the pods labelled app=api', 'kubectl set selector svc web app=api')],
	'rollout history': [e('The revisions of deployment web', 'kubectl rollout history deployment/web'), e('What revision 1 ran', 'kubectl rollout history deployment/web --revision=1')],
	'rollout undo': [e('Go back to the previous revision', 'kubectl rollout undo deployment/web')],
	'rollout pause': [e('Stop rolling out changes to deployment web', 'kubectl rollout pause deployment/web')],
	'rollout resume': [e('Pause deployment web, then roll out what changed meanwhile', 'kubectl rollout pause deployment/web && kubectl rollout resume deployment/web')],
	'port-forward': [
		e('Forward local port 8080 to port 80 of one pod behind service web, in the background', 'kubectl port-forward svc/web 8080:80 &'),
		e('Forward to a pod of deployment web', 'kubectl port-forward deployment/web 8081:80 &'),
	],
	proxy: [e('Serve the API server on localhost:8001, in the background', 'kubectl proxy &')],
	edit: [e('Edit the web service in your editor (batch mode reads the edited object from stdin)', 'kubectl edit svc web')],
	logs: [e('What the client pod printed', 'kubectl logs client'), e('The last 5 lines of every pod labelled app=web', 'kubectl logs -l app=web --tail=5')],
	'rollout status': [e('Wait until the web rollout is done', 'kubectl rollout status deployment/web')],
	'rollout restart': [e('Replace every pod of deployment web', 'kubectl rollout restart deployment/web')],
	wait: [e('Wait for the web deployment to be available', 'kubectl wait --for=condition=Available deployment/web'), e('Wait for the pods to be ready', 'kubectl wait --for=condition=Ready pods -l app=web --timeout=60s')],
	exec: [e('Run a command in the client pod', 'kubectl exec client -- hostname'), e('Ask the web service from inside the cluster', 'kubectl exec client -- wget -qO- http://web')],
	'top node': [e('Show the nodes’ CPU and memory use', 'kubectl top node')],
	'top pod': [e('Show the pods’ CPU and memory use', 'kubectl top pod')],
	'cluster-info': [e('Where the control plane and CoreDNS are', 'kubectl cluster-info')],
	'api-resources': [e('Every resource type, with short names', 'kubectl api-resources'), e('Only the namespaced ones', 'kubectl api-resources --namespaced=true')],
	'config current-context': [e('The context kubectl uses', 'kubectl config current-context')],
	'config get-contexts': [e('List the contexts', 'kubectl config get-contexts')],
	'config use-context': [e('Switch to the kind cluster’s context', 'kubectl config use-context kind-kind')],
	'config set-context': [e('Make dev the current context’s namespace', 'kubectl config set-context --current --namespace=dev')],
	'config view': [e('Show the kubeconfig', 'kubectl config view'), e('Only the current context’s parts', 'kubectl config view --minify')],
	'auth can-i': [e('May I create deployments?', 'kubectl auth can-i create deployments'), e('May I do everything? (kind makes you cluster-admin)', "kubectl auth can-i '*' '*'")],
	version: [e('The client and server versions', 'kubectl version')],
};
