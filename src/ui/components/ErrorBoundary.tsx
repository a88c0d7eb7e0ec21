import {Box, Text, useApp, useInput} from 'ink';
import {Component, type ReactNode} from 'react';

function Crashed({message}: {message: string}) {
	const {exit} = useApp();
	useInput(() => exit());
	return (
		<Box flexDirection="column">
			<Text>{`kubetutor hit a problem it cannot recover from: ${message}`}</Text>
			<Text>Your progress is saved. Press any key to quit, then start kubetutor again.</Text>
		</Box>
	);
}

/** A failure while drawing becomes one line and a clean exit, never Ink's stack-trace box. */
export class ErrorBoundary extends Component<{children: ReactNode}, {message?: string}> {
	override state: {message?: string} = {};

	static getDerivedStateFromError(error: unknown): {message: string} {
		return {message: (error instanceof Error ? error.message : String(error)).split('\n')[0]};
	}

	override render() {
		return this.state.message === undefined ? this.props.children : <Crashed message={this.state.message} />;
	}
}
